package kz.otinish.identity;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.shared.AuditedChange;
import org.jspecify.annotations.Nullable;

/** An account was created outside the demo loader (audited). */
public record AccountCreated(UUID accountId, String role, Instant at) implements AuditedChange {

	@Override
	public String subjectType() {
		return "ACCOUNT";
	}

	@Override
	public UUID subjectId() {
		return this.accountId;
	}

	@Override
	public String action() {
		return "CREATE_ACCOUNT";
	}

	@Override
	public @Nullable String statusBefore() {
		return null;
	}

	@Override
	public String statusAfter() {
		return this.role;
	}

}

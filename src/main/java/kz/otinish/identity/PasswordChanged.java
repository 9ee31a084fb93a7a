package kz.otinish.identity;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.shared.AuditedChange;
import org.jspecify.annotations.Nullable;

/** An account's password was changed by its owner (audited; the password never is). */
public record PasswordChanged(UUID accountId, Instant at) implements AuditedChange {

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
		return "CHANGE_PASSWORD";
	}

	@Override
	public @Nullable String statusBefore() {
		return null;
	}

	@Override
	public @Nullable String statusAfter() {
		return null;
	}

}

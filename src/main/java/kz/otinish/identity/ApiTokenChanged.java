package kz.otinish.identity;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.shared.AuditedChange;
import org.jspecify.annotations.Nullable;

/**
 * An API token of an account was issued or revoked (audited on the account, with the
 * token's name; never its secret).
 */
public record ApiTokenChanged(UUID accountId, UUID tokenId, String action, String name,
		Instant at) implements AuditedChange {

	@Override
	public String subjectType() {
		return "ACCOUNT";
	}

	@Override
	public UUID subjectId() {
		return this.accountId;
	}

	@Override
	public @Nullable String statusBefore() {
		return null;
	}

	@Override
	public @Nullable String statusAfter() {
		return null;
	}

	@Override
	public String detail() {
		return this.name;
	}

}

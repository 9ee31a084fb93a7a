package kz.otinish.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An account was imported, updated from a file, deactivated, reactivated, given another
 * role, or had its password reset by an administrator (audited as
 * {@code ACCOUNT_<change>}; never with a password).
 */
public record AccountChanged(UUID accountId, Change change, @Nullable String before, @Nullable String after,
		@Nullable String detail, Instant at) implements AccountEvent {

	/** What happened to the account. */
	public enum Change {

		IMPORTED, UPDATED, DEACTIVATED, REACTIVATED, ROLE_CHANGED, PASSWORD_RESET

	}

	@Override
	public String action() {
		return "ACCOUNT_" + this.change.name();
	}

	@Override
	public @Nullable String statusBefore() {
		return this.before;
	}

	@Override
	public @Nullable String statusAfter() {
		return this.after;
	}

}

package kz.otinish.identity;

import java.time.Instant;
import java.util.UUID;

/** An account was created outside the demo loader (audited). */
public record AccountCreated(UUID accountId, String role, Instant at) implements AccountEvent {

	@Override
	public String action() {
		return "CREATE_ACCOUNT";
	}

	@Override
	public String statusAfter() {
		return this.role;
	}

}

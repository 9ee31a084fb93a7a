package kz.otinish.identity;

import java.time.Instant;
import java.util.UUID;

/** An account's password was changed by its owner (audited; the password never is). */
public record PasswordChanged(UUID accountId, Instant at) implements AccountEvent {

	@Override
	public String action() {
		return "CHANGE_PASSWORD";
	}

}

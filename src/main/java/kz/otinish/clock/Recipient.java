package kz.otinish.clock;

import org.jspecify.annotations.Nullable;

/**
 * Someone a reminder goes to: an account (for the in-app list) and/or an e-mail address.
 */
public record Recipient(@Nullable String account, @Nullable String email, String name) {

	String key() {
		return this.account != null ? "a:" + this.account : "e:" + this.email;
	}

}

package kz.otinish.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person of the university's identity provider was linked to an account on their first
 * single sign-on: to an existing account (matched by a claim), or to one made for them
 * from the provider's claims (audited with the provider, never the token).
 */
public record IdentityLinked(UUID accountId, String issuer, boolean accountCreated, @Nullable String role,
		Instant at) implements AccountEvent {

	@Override
	public String action() {
		return "LINK_IDENTITY";
	}

	@Override
	public @Nullable String statusAfter() {
		return this.accountCreated ? this.role : null;
	}

	@Override
	public String detail() {
		return this.issuer;
	}

}

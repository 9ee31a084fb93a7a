package kz.otinish.identity;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * An API client that sent a bearer token of the university's identity provider, acting as
 * the account the token's subject is linked to (no authority when there is none).
 */
class BearerAuthentication extends AbstractAuthenticationToken {

	private final Jwt token;

	private final Client client;

	BearerAuthentication(Jwt token, String subject, @Nullable CurrentUser user) {
		super(user == null ? List.of() : List.of(new SimpleGrantedAuthority(user.role().authority())));
		this.token = token;
		this.client = new Client(subject, user);
		setAuthenticated(true);
	}

	@Override
	public Jwt getCredentials() {
		return this.token;
	}

	@Override
	public Client getPrincipal() {
		return this.client;
	}

	@Override
	public String getName() {
		return this.client.subject();
	}

	/** Who the token speaks for. */
	record Client(String subject, @Nullable CurrentUser user) implements AccountHolder {

		@Override
		public Optional<CurrentUser> account() {
			return Optional.ofNullable(this.user);
		}

	}

}

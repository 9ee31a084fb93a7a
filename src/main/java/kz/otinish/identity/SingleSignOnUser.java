package kz.otinish.identity;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A person signed in through the university's identity provider, with the role of the
 * account they are linked to, or with no authority at all when they have no access.
 */
class SingleSignOnUser extends DefaultOidcUser implements AccountHolder {

	private final @Nullable CurrentUser user;

	SingleSignOnUser(OidcIdToken idToken, @Nullable OidcUserInfo userInfo, @Nullable CurrentUser user) {
		super(user == null ? List.of() : List.of(new SimpleGrantedAuthority(user.role().authority())), idToken,
				userInfo);
		this.user = user;
	}

	@Override
	public Optional<CurrentUser> account() {
		return Optional.ofNullable(this.user);
	}

}

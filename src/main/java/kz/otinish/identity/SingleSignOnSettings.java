package kz.otinish.identity;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a person of the university's identity provider becomes an Otinish account
 * (docs/operations.md, "Single sign-on"): which claim finds an existing account, which
 * claims carry the role and the school, and which claim values mean which role.
 *
 * @param match how the first sign-in finds an existing account: {@code email} (the
 * verified e-mail claim), {@code username} (the username claim) or {@code none}
 * @param usernameClaim the claim with the person's login name
 * @param roleClaim the claim listing the person's roles or groups
 * @param roles claim value to role, e.g. {@code otinish.sso.roles.dean=DEAN}; values not
 * listed give no role
 * @param schoolClaim the claim with the code of the school a person serves or studies in
 * @param subjectClaim the claim naming the person stably across the provider's ID and
 * access tokens: {@code sub} (Keycloak), {@code oid} (Microsoft Entra)
 * @param externalIdClaim the claim with the person's id in the registrar's or HR's files
 * (the imported directory's external id, docs/people.md); when a token carries it, it
 * finds the account before {@code match} is tried
 */
@ConfigurationProperties("otinish.sso")
record SingleSignOnSettings(@DefaultValue("email") Match match,
		@DefaultValue("preferred_username") String usernameClaim, @DefaultValue("roles") String roleClaim,
		@Nullable Map<String, Role> roles, @DefaultValue("school") String schoolClaim,
		@DefaultValue("sub") String subjectClaim, @DefaultValue("external_id") String externalIdClaim) {

	enum Match {

		EMAIL, USERNAME, NONE

	}

	/** The person's stable id in these claims: the subject claim, else {@code sub}. */
	String subject(Map<String, Object> claims) {
		Object value = claims.get(this.subjectClaim);
		return String.valueOf(value == null ? claims.get("sub") : value);
	}

	Map<String, Role> roleMapping() {
		return this.roles == null ? Map.of() : this.roles;
	}

}

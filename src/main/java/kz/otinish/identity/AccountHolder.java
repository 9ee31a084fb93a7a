package kz.otinish.identity;

import java.util.Optional;

/**
 * A signed-in principal (form, Basic, single sign-on or bearer token) and the account it
 * acts as; none for a person of the identity provider who has no access.
 */
interface AccountHolder {

	Optional<CurrentUser> account();

}

/**
 * Who is signed in: accounts, roles and their scope (a school), sign-in, and
 * {@link kz.otinish.identity.CurrentUser} for the other modules; the directory of people
 * imported from the registrar's and HR's files, keyed by external id
 * ({@link kz.otinish.identity.PeopleDirectory}), and the administrator's work on accounts
 * ({@link kz.otinish.identity.AccountAdministration}).
 */
@NullMarked
package kz.otinish.identity;

import org.jspecify.annotations.NullMarked;

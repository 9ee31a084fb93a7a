/**
 * Who is signed in: accounts, roles and their scope (a school), sign-in, and
 * {@link kz.otinish.identity.CurrentUser} for the other modules.
 */
@NullMarked
package kz.otinish.identity;

import org.jspecify.annotations.NullMarked;

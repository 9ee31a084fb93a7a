/**
 * People and accounts, as an administrator keeps them: the import of the registrar's
 * (students) and HR's (staff) CSV or XLSX exports with a dry run, errors by line in the
 * reader's language and idempotent re-import by external id (leavers deactivated); and
 * the user pages, where roles are given, accounts deactivated and passwords reset, with
 * the scopes the organization data gives a person. The accounts themselves belong to
 * {@code identity}; this module reads files and shows pages.
 */
@NullMarked
package kz.otinish.people;

import org.jspecify.annotations.NullMarked;

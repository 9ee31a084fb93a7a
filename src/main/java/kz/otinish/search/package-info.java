/**
 * Search: one normalized search document per appeal (its number, the applicant's names,
 * the words of its subject, text and attached files), kept current by the appeal's typed
 * events, and the full-text match the appeal lists narrow by, within the caller's scope.
 * PostgreSQL searches a weighted {@code tsvector} with a GIN index, H2 the same folded
 * words with {@code LIKE}; both behind {@link kz.otinish.search.SearchDialect}.
 */
@NullMarked
package kz.otinish.search;

import org.jspecify.annotations.NullMarked;

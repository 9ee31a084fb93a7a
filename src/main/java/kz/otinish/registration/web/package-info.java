/**
 * The journal page and the journal API: who may read which journal, the period filter and
 * paging. Reads through {@link kz.otinish.registration.Journals} only.
 */
@NullMarked
package kz.otinish.registration.web;

import org.jspecify.annotations.NullMarked;

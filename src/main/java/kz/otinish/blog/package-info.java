/**
 * The Rector's blog (sop.md INT-2c, INT-3, INT-5, TERM-5): anyone writes to the Rector,
 * every post waits for a moderator, who publishes an anonymised answer or refuses
 * publication with a reason, and routes every post either to the dean's office of the
 * school it concerns (suggested from the employees it names) or, as an anonymous appeal,
 * to triage. Nothing is ever deleted.
 */
@NullMarked
package kz.otinish.blog;

import org.jspecify.annotations.NullMarked;

/**
 * Work that waits for a person: each module that hands work from one person to the next
 * tells, through {@link kz.otinish.work.WaitingWork}, what waits for this person's action
 * (appeals to triage, drafts to approve, decisions to record …); the start page lists it
 * with counts in the navigation. The module reads nothing itself.
 */
@NullMarked
package kz.otinish.work;

import org.jspecify.annotations.NullMarked;

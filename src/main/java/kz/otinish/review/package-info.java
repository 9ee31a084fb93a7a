/**
 * Consideration (sop.md REV-1..REV-12): the dean's routing of an appeal to a collegial
 * body with its executor, the extended commission with its mandatory members, meetings
 * with gapless protocol numbers per body and year, verification requests and findings,
 * and the protocol decisions with their measures and recommendations tracked to
 * completion. Its API is {@link kz.otinish.review.Reviews}.
 */
@NullMarked
package kz.otinish.review;

import org.jspecify.annotations.NullMarked;

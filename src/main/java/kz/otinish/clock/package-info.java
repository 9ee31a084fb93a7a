/**
 * The clock at work (DL-1..DL-3): extensions of the review period (DL-2) with their
 * history and the applicant's notice, the daily deadline watch that reminds, warns and
 * escalates exactly once per appeal, point and due date, and the overdue list. It depends
 * on the appeal, calendar and organization modules and publishes events that the
 * notification module turns into messages.
 */
@NullMarked
package kz.otinish.clock;

import org.jspecify.annotations.NullMarked;

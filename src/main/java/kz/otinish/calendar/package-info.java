/**
 * Kazakhstan's working-day calendar: holidays, carry-overs, transfers and religious days
 * off as data per year, and the deadline arithmetic of sop.md DL-1..DL-4 on top of it.
 */
@NullMarked
package kz.otinish.calendar;

import org.jspecify.annotations.NullMarked;

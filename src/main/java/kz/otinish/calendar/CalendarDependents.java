package kz.otinish.calendar;

import java.time.LocalDate;

/**
 * What a change of one calendar day touches, told by the module that keeps deadlines: the
 * administrator is shown it before a day is removed or changed.
 */
public interface CalendarDependents {

	/**
	 * How many open appeals have a deadline period running over this day (received before
	 * it, due on or after it).
	 */
	long openAppealsSpanning(LocalDate day);

}

package kz.otinish.calendar;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Where {@link WorkingDayCalendar} gets a year from: the database in the application. */
@FunctionalInterface
interface CalendarYears {

	CalendarYear year(int year);

	/**
	 * The years as they are now, for one computation that may read several days: the
	 * database's revision is checked once here, not once per day.
	 */
	default CalendarYears current() {
		return this;
	}

	/**
	 * The shipped files, else the statutory rules; for unit tests and other modules'
	 * tests.
	 */
	static CalendarYears shipped() {
		Map<Integer, CalendarYear> years = new ConcurrentHashMap<>();
		return year -> years.computeIfAbsent(year,
				y -> ShippedCalendars.read(y)
					.map(ShippedCalendars.ShippedYear::toCalendarYear)
					.orElseGet(() -> StatutoryRules.fallback(y)));
	}

}

package kz.otinish.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A year of Kazakhstan's calendar: the days that differ from an ordinary Monday-to-Friday
 * week, and where they come from.
 *
 * @param year the year
 * @param coverage data, or the statutory fallback
 * @param days the differing days in date order
 */
public record CalendarYear(int year, Coverage coverage, List<CalendarDay> days) {

	public CalendarYear {
		days = days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
	}

	/** Whether {@code date} (which must lie in this year) is a working day. */
	public boolean isWorkingDay(LocalDate date) {
		return find(date).map(day -> day.kind().isWorking()).orElseGet(() -> !CalendarDay.isWeekend(date));
	}

	public Optional<CalendarDay> find(LocalDate date) {
		return this.days.stream().filter(day -> day.date().equals(date)).findFirst();
	}

	/**
	 * Holidays, religious days off, carry-overs and transferred days off, weekend
	 * holidays included.
	 */
	public List<CalendarDay> nonWorkingDays() {
		return this.days.stream().filter(day -> !day.kind().isWorking()).toList();
	}

	/** Saturdays and Sundays worked by order. */
	public List<CalendarDay> workingWeekendDays() {
		return this.days.stream().filter(day -> day.kind().isWorking()).toList();
	}

}

package kz.otinish.calendar;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

/**
 * Whether a day is a working day in Kazakhstan, and working-day arithmetic.
 * <p>
 * Holidays, their weekend carry-overs, religious days off and the government's transfers
 * are data per year, kept in the database and corrected by an administrator; a change
 * applies to every computation made after it, on every node. Each computation checks the
 * calendar's revision once and then works on cached years. A year without data follows
 * the statutory rules only (see {@link #coverage(int)}).
 */
@Service
public class WorkingDayCalendar {

	private final CalendarYears years;

	WorkingDayCalendar(CalendarYears years) {
		this.years = years;
	}

	/**
	 * A calendar on the data shipped with Otinish (2025-2027), without a database: for
	 * unit tests of other modules.
	 */
	public static WorkingDayCalendar ofShippedData() {
		return new WorkingDayCalendar(CalendarYears.shipped());
	}

	public boolean isWorkingDay(LocalDate day) {
		return isWorkingDay(this.years.current(), day);
	}

	private static boolean isWorkingDay(CalendarYears years, LocalDate day) {
		return years.year(day.getYear()).isWorkingDay(day);
	}

	/** The day itself if it is a working day, else the next working day. */
	public LocalDate firstWorkingDayOnOrAfter(LocalDate day) {
		CalendarYears years = this.years.current();
		LocalDate current = day;
		while (!isWorkingDay(years, current)) {
			current = current.plusDays(1);
		}
		return current;
	}

	/**
	 * The {@code count}-th working day after {@code start}; {@code start} itself is not
	 * counted.
	 */
	public LocalDate addWorkingDays(LocalDate start, int count) {
		if (count < 0) {
			throw new IllegalArgumentException("count must not be negative: " + count);
		}
		CalendarYears years = this.years.current();
		LocalDate current = start;
		int added = 0;
		while (added < count) {
			current = current.plusDays(1);
			if (isWorkingDay(years, current)) {
				added++;
			}
		}
		return current;
	}

	/**
	 * Working days after {@code from} up to and including {@code to}; negative if
	 * {@code to} is earlier.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		CalendarYears years = this.years.current();
		int count = 0;
		LocalDate start = from.plusDays(1);
		while (!start.isAfter(to)) {
			LocalDate yearEnd = LocalDate.of(start.getYear(), 12, 31);
			LocalDate end = to.isBefore(yearEnd) ? to : yearEnd;
			count += years.year(start.getYear()).workingDays(start, end);
			start = end.plusDays(1);
		}
		return count;
	}

	/** Whether {@code year} is data or only the statutory fallback. */
	public Coverage coverage(int year) {
		return this.years.year(year).coverage();
	}

	/** The days of {@code year} that differ from an ordinary Monday-to-Friday week. */
	public CalendarYear year(int year) {
		return this.years.year(year);
	}

}

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
		// the days are in date order: a binary search (a list page asks for every day
		// between today and each row's due date)
		int low = 0;
		int high = this.days.size() - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			int compared = this.days.get(middle).date().compareTo(date);
			if (compared < 0) {
				low = middle + 1;
			}
			else if (compared > 0) {
				high = middle - 1;
			}
			else {
				// the first of equal dates, as a scan from the start would find
				while (middle > 0 && this.days.get(middle - 1).date().equals(date)) {
					middle--;
				}
				return Optional.of(this.days.get(middle));
			}
		}
		return Optional.empty();
	}

	/**
	 * The working days from {@code from} to {@code to}, both included (both within this
	 * year; none if {@code to} is earlier): the weekdays, less the differing days off on
	 * weekdays, plus the weekend days worked, without walking the days one by one.
	 */
	public int workingDays(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return 0;
		}
		long length = to.toEpochDay() - from.toEpochDay() + 1;
		int count = (int) (length / 7) * 5;
		for (LocalDate day = from.plusDays(length / 7 * 7); !day.isAfter(to); day = day.plusDays(1)) {
			if (!CalendarDay.isWeekend(day)) {
				count++;
			}
		}
		LocalDate previous = null;
		for (CalendarDay day : this.days) {
			LocalDate date = day.date();
			if (date.isBefore(from) || date.isAfter(to) || date.equals(previous)) {
				continue;
			}
			previous = date;
			boolean weekend = CalendarDay.isWeekend(date);
			if (day.kind().isWorking() && weekend) {
				count++;
			}
			else if (!day.kind().isWorking() && !weekend) {
				count--;
			}
		}
		return count;
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

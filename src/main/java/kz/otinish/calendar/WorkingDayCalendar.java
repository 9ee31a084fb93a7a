package kz.otinish.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

/**
 * Whether a day is a working day in Kazakhstan, and working-day arithmetic.
 * <p>
 * TODO(calendar): data-driven holidays, carry-overs, transfers; this stub knows weekends only.
 */
@Service
public class WorkingDayCalendar {

	public boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/** The day itself if it is a working day, else the next working day. */
	public LocalDate firstWorkingDayOnOrAfter(LocalDate day) {
		LocalDate current = day;
		while (!isWorkingDay(current)) {
			current = current.plusDays(1);
		}
		return current;
	}

	/** The {@code count}-th working day after {@code start}; {@code start} itself is not counted. */
	public LocalDate addWorkingDays(LocalDate start, int count) {
		LocalDate current = start;
		int added = 0;
		while (added < count) {
			current = current.plusDays(1);
			if (isWorkingDay(current)) {
				added++;
			}
		}
		return current;
	}

	/** Working days after {@code from} up to and including {@code to}; negative if {@code to} is earlier. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

}

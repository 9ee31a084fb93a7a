package kz.otinish.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One date that differs from an ordinary Monday-to-Friday week.
 *
 * @param date the date
 * @param kind why it differs
 * @param holiday the holiday it is (or is carried over from), if any
 * @param name a free-text name as the source gives it
 * @param status how sure the entry is
 * @param sources where the entry comes from (laws, orders, announcements, datasets)
 * @param note anything a reader should know, or {@code null}
 */
public record CalendarDay(LocalDate date, DayKind kind, @Nullable Holiday holiday, String name, DataStatus status,
		List<String> sources, @Nullable String note) {

	public CalendarDay {
		sources = List.copyOf(sources);
	}

	/** Whether the date is a Saturday or Sunday. */
	public boolean onWeekend() {
		return isWeekend(this.date);
	}

	static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

}

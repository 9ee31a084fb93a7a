package kz.otinish.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the calendar's change log: what changed, from what to what, who and when.
 *
 * @param year the year changed
 * @param date the day changed, or {@code null} for a whole year
 * @param type what was done
 * @param before the day before the change, or {@code null}
 * @param after the day after the change, or {@code null}
 * @param changedBy the username, or {@code system}
 * @param changedAt when
 */
public record CalendarChange(int year, @Nullable LocalDate date, ChangeType type, @Nullable String before,
		@Nullable String after, String changedBy, OffsetDateTime changedAt) {
}

package kz.otinish.calendar;

import java.time.LocalDate;

/**
 * A computed deadline: which rule, the rule as applied (for example
 * {@code "DL-1: 15 working days, receipt day not counted"}), the day counting started
 * from, and the last day.
 */
public record Deadline(DeadlineKind kind, String rule, LocalDate startsOn, LocalDate dueOn) {
}

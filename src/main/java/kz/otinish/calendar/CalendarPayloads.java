package kz.otinish.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The calendar API's payloads. */
final class CalendarPayloads {

	private CalendarPayloads() {
	}

	@Schema(description = "How many working days lie after `from` up to and including `to`")
	record WorkingDaysCount(@Schema(description = "Start, not counted", example = "2026-03-20") LocalDate from,
			@Schema(description = "End, counted", example = "2026-03-31") LocalDate to,
			@Schema(description = "Working days in (from, to]", example = "4") int workingDays) {
	}

	@Schema(description = "The working day that lies `days` working days after `from`")
	record WorkingDaysAdded(@Schema(description = "Start, not counted", example = "2026-11-25") LocalDate from,
			@Schema(description = "Working days added", example = "15") int days,
			@Schema(description = "The resulting working day", example = "2026-12-17") LocalDate result) {
	}

	@Schema(description = "A date that differs from an ordinary Monday-to-Friday week")
	record DayView(@Schema(example = "2026-03-25") LocalDate date, DayOfWeek weekday,
			@Schema(description = "Why the day differs") DayKind kind,
			@Schema(description = "The holiday it is, or is carried over from") @Nullable Holiday holiday,
			@Schema(description = "Name as the source gives it") String name,
			@Schema(description = "How sure the entry is") DataStatus status,
			@Schema(description = "Laws, orders, announcements and datasets the entry comes from") List<String> sources,
			@Nullable String note) {

		static DayView of(CalendarDay day) {
			return new DayView(day.date(), day.date().getDayOfWeek(), day.kind(), day.holiday(), day.name(),
					day.status(), day.sources(), day.note());
		}

	}

	@Schema(description = "A year's non-working days and working weekend days")
	record YearView(@Schema(example = "2026") int year, @Schema(
			description = "DATA, or STATUTORY_FALLBACK when the year has no data: fixed-date holidays and weekend carry-overs only, no transfers, no Kurban Ait") Coverage coverage,
			@Schema(description = "Holidays (weekend ones included), religious days off, carry-overs, transferred days off") List<DayView> nonWorkingDays,
			@Schema(description = "Saturdays and Sundays worked by government order") List<DayView> workingWeekendDays) {

		static YearView of(CalendarYear year) {
			return new YearView(year.year(), year.coverage(), year.nonWorkingDays().stream().map(DayView::of).toList(),
					year.workingWeekendDays().stream().map(DayView::of).toList());
		}

	}

	@Schema(description = "One entry of the calendar's change log")
	record ChangeView(@Nullable LocalDate date, ChangeType type, @Nullable String before, @Nullable String after,
			String changedBy, OffsetDateTime changedAt) {

		static ChangeView of(CalendarChange change) {
			return new ChangeView(change.date(), change.type(), change.before(), change.after(), change.changedBy(),
					change.changedAt());
		}

	}

	@Schema(description = "A year as an administrator sees it: its days and its change log")
	record AdminYearView(YearView year, List<ChangeView> changes) {
	}

	@Schema(description = "A day to add or change")
	record DayPayload(@Schema(
			description = "Why the day differs; WORKING_WEEKEND_DAY must be a Saturday or Sunday, CARRY_OVER_DAY_OFF and TRANSFERRED_DAY_OFF a weekday",
			requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(
					message = "{calendar.validation.kind}") @Nullable DayKind kind,
			@Schema(description = "The holiday, if the day is one or is carried over from one") @Nullable Holiday holiday,
			@Schema(description = "Name, for example the order's title", example = "Victory Day",
					requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank(
							message = "{calendar.validation.name}") @Size(max = 200,
									message = "{calendar.validation.nameSize}") @Nullable String name,
			@Schema(description = "How sure the entry is", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(
					message = "{calendar.validation.status}") @Nullable DataStatus status,
			@Schema(description = "Sources: laws, orders, announcements, links; at most 8, each at most 480 characters") @Size(
					max = 8,
					message = "{calendar.validation.sourcesSize}") @Nullable List<@NotBlank(
							message = "{calendar.validation.source}") @Size(max = 480,
									message = "{calendar.validation.source}") String> sources,
			@Schema(description = "A note for readers") @Size(max = 1000,
					message = "{calendar.validation.noteSize}") @Nullable String note) {

		CalendarDay toDay(LocalDate date) {
			return new CalendarDay(date, required(this.kind), this.holiday, required(this.name).strip(),
					required(this.status),
					this.sources == null ? List.of() : this.sources.stream().map(String::strip).toList(),
					this.note == null || this.note.isBlank() ? null : this.note.strip());
		}

	}

	static <T> T required(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("validated before");
		}
		return value;
	}

}

package kz.otinish.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The administrator's form for one day. Every field is text, so that whatever was typed
 * comes back with the error; {@link #toDay()} maps it once the shape is valid.
 */
record DayForm(@NotBlank(message = "{calendar.validation.date}") @Nullable String date,
		@NotBlank(message = "{calendar.validation.kind}") @Nullable String kind, @Nullable String holiday,
		@NotBlank(message = "{calendar.validation.name}") @Size(max = 200,
				message = "{calendar.validation.nameSize}") @Nullable String name,
		@NotBlank(message = "{calendar.validation.status}") @Nullable String status,
		@Size(max = 4000, message = "{calendar.validation.sourcesSize}") @Nullable String sources,
		@Size(max = 1000, message = "{calendar.validation.noteSize}") @Nullable String note) {

	static DayForm empty() {
		return new DayForm("", "", "", "", DataStatus.VERIFIED.name(), "", "");
	}

	static DayForm of(CalendarDay day) {
		return new DayForm(day.date().toString(), day.kind().name(), day.holiday() == null ? "" : day.holiday().name(),
				day.name(), day.status().name(), String.join("\n", day.sources()),
				day.note() == null ? "" : day.note());
	}

	Optional<LocalDate> parsedDate() {
		try {
			return Optional.of(LocalDate.parse(text(this.date)));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	<E extends Enum<E>> Optional<E> parsed(Class<E> type, @Nullable String value) {
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(text(value))).findFirst();
	}

	/** The day; call only when the form has no errors. */
	CalendarDay toDay() {
		List<String> sourceList = Arrays.stream(text(this.sources).split("\\R"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.toList();
		return new CalendarDay(parsedDate().orElseThrow(), parsed(DayKind.class, this.kind).orElseThrow(),
				parsed(Holiday.class, this.holiday).orElse(null), text(this.name),
				parsed(DataStatus.class, this.status).orElseThrow(), sourceList,
				text(this.note).isEmpty() ? null : text(this.note));
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

}

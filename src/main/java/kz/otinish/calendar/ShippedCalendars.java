package kz.otinish.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The years shipped with Otinish as {@code classpath:calendar/kz-<year>.json}, each
 * citing its sources (see docs/calendar.md for the format).
 */
final class ShippedCalendars {

	/** The years shipped; the start-up loader imports each one the database lacks. */
	static final List<Integer> YEARS = List.of(2025, 2026, 2027);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ShippedCalendars() {
	}

	static String resourceName(int year) {
		return "calendar/kz-" + year + ".json";
	}

	static Optional<ShippedYear> read(int year) {
		try (InputStream in = ShippedCalendars.class.getClassLoader().getResourceAsStream(resourceName(year))) {
			if (in == null) {
				return Optional.empty();
			}
			ShippedYear shipped = JSON.readValue(in, ShippedYear.class);
			if (shipped.year() != year) {
				throw new IllegalStateException(resourceName(year) + " declares year " + shipped.year());
			}
			return Optional.of(shipped);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A year's file. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ShippedYear(int year, List<String> sources, @Nullable List<String> notes, List<ShippedDay> days) {

		CalendarYear toCalendarYear() {
			return new CalendarYear(this.year, Coverage.DATA,
					this.days.stream().map(ShippedDay::toCalendarDay).toList());
		}

	}

	/** One entry of a year's file. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ShippedDay(String date, DayKind kind, @Nullable Holiday holiday, String name, DataStatus status,
			@Nullable String basis, List<String> sources, @Nullable String note) {

		CalendarDay toCalendarDay() {
			List<String> all = this.basis == null ? this.sources
					: Stream.concat(Stream.of(this.basis), this.sources.stream()).toList();
			return new CalendarDay(LocalDate.parse(this.date), this.kind, this.holiday, this.name, this.status, all,
					this.note);
		}

	}

}

package kz.otinish.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Dates as people in Kazakhstan write them, in the university's time zone; templates call
 * it as {@code @dates.day(...)} and {@code @dates.time(...)}.
 */
@Component("dates")
class Dates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private final ZoneId zone;

	Dates(Clock clock) {
		this.zone = clock.getZone();
	}

	public String day(@Nullable LocalDate day) {
		return day == null ? "" : DAY.format(day);
	}

	public String day(@Nullable Instant instant) {
		return instant == null ? "" : DAY.format(instant.atZone(this.zone));
	}

	public String time(@Nullable Instant instant) {
		return instant == null ? "" : TIME.format(instant.atZone(this.zone));
	}

	/** ISO form for {@code <time datetime>}. */
	public String iso(@Nullable Instant instant) {
		return instant == null ? "" : instant.atZone(this.zone).toOffsetDateTime().toString();
	}

}

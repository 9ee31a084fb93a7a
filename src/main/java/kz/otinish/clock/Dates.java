package kz.otinish.clock;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Otinish prints them in messages. */
final class Dates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private Dates() {
	}

	static String day(LocalDate day) {
		return DAY.format(day);
	}

}

package kz.otinish.notification;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One argument of a notification's message, typed and stored as a reference, so that the
 * message is rendered when it is read, in the reader's language: a text as given, a day
 * (shown {@code dd.MM.yyyy}), a collegial body (its code; shown by its name), another
 * message (its key; shown in words). Stored as {@code t:…}, {@code d:…}, {@code b:…},
 * {@code k:…}.
 */
sealed interface NoticeArgument {

	String stored();

	static NoticeArgument text(String value) {
		return new Text(value);
	}

	static NoticeArgument day(LocalDate day) {
		return new Day(day);
	}

	/** A day, or a dash when there is none. */
	static NoticeArgument day(Optional<LocalDate> day) {
		return day.<NoticeArgument>map(Day::new).orElseGet(() -> new Text("—"));
	}

	static NoticeArgument body(String code) {
		return new Body(code);
	}

	static NoticeArgument message(String key) {
		return new Message(key);
	}

	/**
	 * Reads a stored argument. A value without a type (written before arguments were
	 * typed) is a text, or a day when it is an ISO date.
	 */
	static NoticeArgument read(String stored) {
		if (stored.length() >= 2 && stored.charAt(1) == ':') {
			String value = stored.substring(2);
			switch (stored.charAt(0)) {
				case 't':
					return new Text(value);
				case 'd':
					return new Day(LocalDate.parse(value));
				case 'b':
					return new Body(value);
				case 'k':
					return new Message(value);
				default:
					break;
			}
		}
		if (stored.matches("\\d{4}-\\d{2}-\\d{2}")) {
			try {
				return new Day(LocalDate.parse(stored));
			}
			catch (DateTimeParseException ex) {
				return new Text(stored);
			}
		}
		return new Text(stored);
	}

	record Text(String value) implements NoticeArgument {

		@Override
		public String stored() {
			return "t:" + this.value;
		}

	}

	record Day(LocalDate day) implements NoticeArgument {

		@Override
		public String stored() {
			return "d:" + this.day;
		}

	}

	record Body(String code) implements NoticeArgument {

		@Override
		public String stored() {
			return "b:" + this.code;
		}

	}

	record Message(String key) implements NoticeArgument {

		@Override
		public String stored() {
			return "k:" + this.key;
		}

	}

}

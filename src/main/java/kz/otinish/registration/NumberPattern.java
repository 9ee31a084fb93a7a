package kz.otinish.registration;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a journal prints its registration numbers: text with the placeholders
 * {@code {code}} (the journal's code), {@code {year}} (four digits), {@code {yy}} (two
 * digits) and {@code {seq}} or {@code {seq:N}} (the sequence, zero-padded to N digits).
 * The sequence is mandatory, so that two numbers of one journal and year never print
 * alike.
 */
record NumberPattern(String value) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)(?::(\\d{1,2}))?}");

	static final NumberPattern DEFAULT = new NumberPattern("{code}-{year}-{seq}");

	NumberPattern {
		if (value.isBlank() || value.length() > 100) {
			throw new IllegalArgumentException("A number pattern has 1 to 100 characters: " + value);
		}
		Matcher matcher = PLACEHOLDER.matcher(value);
		boolean sequence = false;
		while (matcher.find()) {
			String name = matcher.group(1);
			switch (name) {
				case "seq" -> sequence = true;
				case "code", "year", "yy" -> {
					if (matcher.group(2) != null) {
						throw new IllegalArgumentException("Only {seq} takes a width: " + value);
					}
				}
				default -> throw new IllegalArgumentException("Unknown placeholder {" + name + "} in " + value);
			}
		}
		if (!sequence) {
			throw new IllegalArgumentException("A number pattern must contain {seq}: " + value);
		}
		String rest = PLACEHOLDER.matcher(value).replaceAll("");
		if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
			throw new IllegalArgumentException("Unbalanced braces in number pattern " + value);
		}
	}

	String format(String journalCode, int year, long sequence) {
		if (sequence < 1) {
			throw new IllegalArgumentException("Sequences start at 1: " + sequence);
		}
		Matcher matcher = PLACEHOLDER.matcher(this.value);
		StringBuilder printed = new StringBuilder();
		while (matcher.find()) {
			String replacement = switch (matcher.group(1)) {
				case "code" -> journalCode;
				case "year" -> String.format(Locale.ROOT, "%04d", year);
				case "yy" -> String.format(Locale.ROOT, "%02d", Math.floorMod(year, 100));
				default -> (matcher.group(2) != null)
						? String.format(Locale.ROOT, "%0" + Integer.parseInt(matcher.group(2)) + "d", sequence)
						: Long.toString(sequence);
			};
			matcher.appendReplacement(printed, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(printed);
		return printed.toString();
	}

	@Override
	public String toString() {
		return this.value;
	}

}

package kz.otinish.appeal.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The appeal's history as a person reads it: the audit trail keeps its details as the
 * modules wrote them ({@code PORTAL}, {@code IN_PERSON}, {@code 2026-11-27}, actor
 * {@code system}); the page shows the labels of known codes in the reader's language and
 * dates as {@code dd.MM.yyyy}. Unknown text is shown as it is.
 */
@Component("timelineText")
class TimelineText {

	/** The bundles whose enum labels may appear in a detail, first match wins. */
	private static final List<String> LABELS = List.of("appeal.channel.", "answer.method.", "appeal.repeated.ground.",
			"answer.verdict.", "review.outcome.", "appeal.status.");

	private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z]+(?:_[A-Z]+)*\\b");

	private static final Pattern ISO_DAY = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

	/**
	 * How the documents module notes an issued document: {@code receipt v1 SHA-256 …}.
	 */
	private static final Pattern ISSUED = Pattern.compile("([a-z]+(?:-[a-z]+)*) v(\\d+) SHA-256 ([0-9a-f]+)");

	/** How the clock module notes a reminder: {@code 2 / 2026-11-27 → names}. */
	private static final Pattern REMINDER = Pattern.compile("(\\d+) / (\\d{4}-\\d{2}-\\d{2}) → (.+)");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final MessageSource messages;

	TimelineText(MessageSource messages) {
		this.messages = messages;
	}

	public String actor(@Nullable String actor) {
		if (actor == null || actor.isBlank() || "system".equals(actor)) {
			return this.messages.getMessage("audit.actor.system", null, LocaleContextHolder.getLocale());
		}
		if ("applicant".equals(actor)) {
			return this.messages.getMessage("audit.actor.applicant", null, LocaleContextHolder.getLocale());
		}
		if ("visitor".equals(actor)) {
			return this.messages.getMessage("audit.actor.visitor", null, LocaleContextHolder.getLocale());
		}
		return actor;
	}

	public @Nullable String detail(@Nullable String detail) {
		if (detail == null) {
			return null;
		}
		Matcher issued = ISSUED.matcher(detail);
		if (issued.matches()) {
			String kind = this.messages.getMessage(
					"documents.kind." + issued.group(1).toUpperCase(java.util.Locale.ROOT).replace('-', '_'), null,
					issued.group(1), LocaleContextHolder.getLocale());
			return this.messages.getMessage("audit.documentIssued",
					new Object[] { kind, issued.group(2), issued.group(3) }, LocaleContextHolder.getLocale());
		}
		Matcher reminder = REMINDER.matcher(detail);
		if (reminder.matches()) {
			return this.messages.getMessage("audit.reminder",
					new Object[] { reminder.group(1), day(reminder.group(2)), reminder.group(3) },
					LocaleContextHolder.getLocale());
		}
		Matcher codes = CODE.matcher(detail);
		StringBuilder labelled = new StringBuilder();
		while (codes.find()) {
			codes.appendReplacement(labelled, Matcher.quoteReplacement(label(codes.group())));
		}
		codes.appendTail(labelled);
		Matcher days = ISO_DAY.matcher(labelled);
		StringBuilder dated = new StringBuilder();
		while (days.find()) {
			days.appendReplacement(dated, Matcher.quoteReplacement(day(days.group())));
		}
		days.appendTail(dated);
		return dated.toString();
	}

	private String label(String code) {
		for (String prefix : LABELS) {
			String label = this.messages.getMessage(prefix + code, null, null, LocaleContextHolder.getLocale());
			if (label != null) {
				return label;
			}
		}
		return code;
	}

	private static String day(String iso) {
		try {
			return LocalDate.parse(iso).format(DAY);
		}
		catch (DateTimeParseException ex) {
			return iso;
		}
	}

}

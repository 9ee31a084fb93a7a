package kz.otinish.notification;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import kz.otinish.organization.Organization;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders a notification's message in one language from its key and typed arguments: the
 * in-app list in the reader's current language, e-mail in the recipient's.
 */
@Component
public class NoticeTexts {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final MessageSource messages;

	private final Organization organization;

	NoticeTexts(MessageSource messages, Organization organization) {
		this.messages = messages;
		this.organization = organization;
	}

	/** The notification in the current request's language. */
	public String text(Notification notification) {
		return text(notification.messageKey(), List.of(notification.arguments()), LocaleContextHolder.getLocale());
	}

	/** The notification in the given language. */
	public String text(Notification notification, Locale locale) {
		return text(notification.messageKey(), List.of(notification.arguments()), locale);
	}

	String text(String key, List<String> stored, Locale locale) {
		return this.messages.getMessage(key, values(stored, locale), locale);
	}

	String subject(String key, List<String> stored, Locale locale) {
		return this.messages.getMessage(key + ".subject", values(stored, locale), locale);
	}

	private Object[] values(List<String> stored, Locale locale) {
		return stored.stream().map(NoticeArgument::read).map(argument -> render(argument, locale)).toArray();
	}

	private String render(NoticeArgument argument, Locale locale) {
		if (argument instanceof NoticeArgument.Day day) {
			return DAY.format(day.day());
		}
		if (argument instanceof NoticeArgument.Body body) {
			return this.organization.body(body.code()).map(found -> found.name(locale)).orElse(body.code());
		}
		if (argument instanceof NoticeArgument.Message message) {
			return this.messages.getMessage(message.key(), null, "", locale);
		}
		return ((NoticeArgument.Text) argument).value();
	}

	static List<String> stored(List<NoticeArgument> arguments) {
		return arguments.stream().map(NoticeArgument::stored).toList();
	}

}

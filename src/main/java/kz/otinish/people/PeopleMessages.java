package kz.otinish.people;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts the module's refusals and row errors into the reader's language. An argument that
 * is itself a message key ({@code people.column.FULL_NAME}), or a list of such keys, is
 * translated too.
 */
@Component
class PeopleMessages {

	private final MessageSource messages;

	PeopleMessages(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Object[] arguments, Locale locale) {
		Object[] translated = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			translated[i] = argument(arguments[i], locale);
		}
		return this.messages.getMessage(key, translated, key, locale);
	}

	String error(RowError error, Locale locale) {
		return text(error.messageKey(), error.arguments(), locale);
	}

	private Object argument(Object argument, Locale locale) {
		if (argument instanceof String key && key.startsWith("people.")) {
			return this.messages.getMessage(key, null, key, locale);
		}
		if (argument instanceof Collection<?> keys) {
			return keys.stream().map(key -> argument(key, locale).toString()).collect(Collectors.joining(", "));
		}
		if (argument instanceof Integer number) {
			// line numbers and limits read as plain numbers, without grouping
			return number.toString();
		}
		return argument;
	}

}

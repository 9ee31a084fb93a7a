package kz.otinish.calendar;

/**
 * A calendar question that cannot be answered as asked (answered 400 with a localized
 * detail).
 */
class InvalidCalendarQuery extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	InvalidCalendarQuery(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	String messageKey() {
		return this.messageKey;
	}

	Object[] arguments() {
		return this.arguments.clone();
	}

}

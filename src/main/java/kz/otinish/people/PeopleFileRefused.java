package kz.otinish.people;

/**
 * The file as a whole cannot be read as a list of people (not CSV or XLSX, no header, a
 * required column missing): nothing is imported. Carries a message key and arguments.
 */
class PeopleFileRefused extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	PeopleFileRefused(String messageKey, Object... arguments) {
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

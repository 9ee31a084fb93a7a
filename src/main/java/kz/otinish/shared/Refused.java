package kz.otinish.shared;

import java.util.Arrays;

/**
 * A domain rule refused an action (a forbidden status transition, a missing mandatory
 * member, a deadline past its cap). Carries a message key and arguments so the refusal is
 * shown in the reader's language; mapped to 409 on the API and a friendly page in the UI.
 */
public class Refused extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public Refused(String messageKey, Object... arguments) {
		super(messageKey + Arrays.toString(arguments));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}

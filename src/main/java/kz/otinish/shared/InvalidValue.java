package kz.otinish.shared;

/**
 * A value that cannot be true (a date out of order or out of range, an unknown code, a
 * list too long): refused with the name of the field it came in, so that the API answers
 * 400 problem+json naming the field and a page shows it next to the field.
 */
public class InvalidValue extends Refused {

	private final String field;

	public InvalidValue(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}

package kz.otinish.shared;

/**
 * Something asked for does not exist, or exists outside the caller's scope: both answer
 * 404 so that an appeal's existence never leaks. Mapped once in the {@code system}
 * module.
 */
public class NotFound extends RuntimeException {

	private final String messageKey;

	public NotFound(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public static NotFound appeal() {
		return new NotFound("error.notFound.appeal");
	}

	public String messageKey() {
		return this.messageKey;
	}

}

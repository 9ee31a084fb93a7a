package kz.otinish.intake.web;

import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.MessageCodesResolver;

/**
 * The registrar at the desk types in someone else's appeal: the desk's messages speak to
 * the registrar ("enter the applicant's home address"), not to the applicant ("enter your
 * home address"). Each error's codes are tried with the {@code desk.} prefix first, then
 * as everywhere else, so only the messages that would address the wrong person need a
 * desk wording.
 */
final class DeskMessageCodes implements MessageCodesResolver {

	private final DefaultMessageCodesResolver desk = new DefaultMessageCodesResolver();

	private final DefaultMessageCodesResolver everywhere = new DefaultMessageCodesResolver();

	DeskMessageCodes() {
		this.desk.setPrefix("desk.");
	}

	@Override
	public String[] resolveMessageCodes(String errorCode, String objectName) {
		return Stream
			.concat(Stream.of(this.desk.resolveMessageCodes(errorCode, objectName)),
					Stream.of(this.everywhere.resolveMessageCodes(errorCode, objectName)))
			.toArray(String[]::new);
	}

	@Override
	public String[] resolveMessageCodes(String errorCode, String objectName, String field,
			@Nullable Class<?> fieldType) {
		return Stream
			.concat(Stream.of(this.desk.resolveMessageCodes(errorCode, objectName, field, fieldType)),
					Stream.of(this.everywhere.resolveMessageCodes(errorCode, objectName, field, fieldType)))
			.toArray(String[]::new);
	}

}

package kz.otinish.intake.web;

import org.springframework.core.MethodParameter;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;

/**
 * Checks that bean validation cannot express (Appendix 1 or 2, a known account) end in
 * the same RFC 9457 problem listing the failing fields as {@code @Valid} does.
 */
final class ApiValidation {

	private static final MethodParameter BODY;

	static {
		try {
			BODY = new MethodParameter(ApiValidation.class.getDeclaredMethod("body", Object.class), 0);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private ApiValidation() {
	}

	static void throwIfInvalid(BindingResult errors) throws MethodArgumentNotValidException {
		if (errors.hasErrors()) {
			throw new MethodArgumentNotValidException(BODY, errors);
		}
	}

	@SuppressWarnings("unused")
	private static void body(Object body) {
	}

}

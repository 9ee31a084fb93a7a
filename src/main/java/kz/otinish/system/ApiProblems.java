package kz.otinish.system;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import kz.otinish.shared.NotFound;
import kz.otinish.shared.InvalidValue;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import kz.otinish.shared.Refused;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error is RFC 9457 {@code application/problem+json} with a {@code detail} in
 * the language of {@code Accept-Language} and, for invalid input, the failing fields.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", text(ex.messageKey()));
	}

	@ExceptionHandler(InvalidValue.class)
	ProblemDetail invalidValue(InvalidValue ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", text("error.invalidInput"));
		problem.setProperty("errors",
				List.of(Map.of("field", ex.field(), "message", text(ex.messageKey(), ex.arguments()))));
		return problem;
	}

	@ExceptionHandler(Refused.class)
	ProblemDetail refused(Refused ex) {
		return problem(HttpStatus.CONFLICT, "refused", text(ex.messageKey(), ex.arguments()));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> fields = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", fieldMessage(error, locale)))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", text("error.invalidInput"));
		problem.setProperty("errors", fields);
		return ResponseEntity.badRequest().body(problem);
	}

	/** A query or path parameter out of its bounds ({@code page=-1}, {@code size=0}). */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> fields = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()), "message",
						this.messages.getMessage(error, locale))))
			.toList();
		return invalid(fields);
	}

	/** A parameter that is not of its type ({@code page=abc}, an unknown enum value). */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: String.valueOf(ex.getPropertyName());
		return invalid(List.of(Map.of("field", name, "message", text("error.parameter.invalid", name))));
	}

	/** A required parameter is missing. */
	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(List.of(Map.of("field", ex.getParameterName(), "message",
				text("error.parameter.missing", ex.getParameterName()))));
	}

	/**
	 * A body that cannot be read: when a field's value is not of its type (a time in a
	 * form no one can read, a word where a number belongs), the field is named.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			String field = jackson.getPath()
				.stream()
				.map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
						: String.valueOf(reference.getIndex()))
				.collect(Collectors.joining("."));
			return invalid(List.of(Map.of("field", field, "message", text("error.parameter.invalid", field))));
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

	private ResponseEntity<Object> invalid(List<Map<String, String>> fields) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", text("error.invalidInput"));
		problem.setProperty("errors", fields);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
			// Spring's own problems (unreadable JSON, wrong method): give them a
			// localized detail too
			problem.setDetail(this.messages.getMessage("error.http." + statusCode.value(), null, problem.getDetail(),
					LocaleContextHolder.getLocale()));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private String fieldMessage(FieldError error, Locale locale) {
		return this.messages.getMessage(error, locale);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private static ProblemDetail problem(HttpStatus status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("https://otinish.kz/problems/" + type));
		return problem;
	}

}

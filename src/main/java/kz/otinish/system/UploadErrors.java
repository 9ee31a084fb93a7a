package kz.otinish.system;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload the servlet container cannot parse (a file beyond its size limit, a file name
 * with a NUL, a broken multipart body) fails before any controller is chosen, so the
 * per-controller advice never sees it. It is answered here — a problem+json for the API,
 * the friendly page for the UI, in the reader's language — instead of a 500. Nothing was
 * stored.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice
class UploadErrors {

	private final MessageSource messages;

	UploadErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MultipartException.class)
	Object unreadableUpload(MultipartException ex, HttpServletRequest request) {
		boolean tooLarge = ex instanceof MaxUploadSizeExceededException;
		HttpStatus status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
		String key = tooLarge ? "error.upload.tooLarge" : "error.upload.unreadable";
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
					this.messages.getMessage(key, null, LocaleContextHolder.getLocale()));
			problem.setType(URI.create("https://otinish.kz/problems/" + (tooLarge ? "too-large" : "invalid-upload")));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error/refused");
		page.addObject("messageKey", key);
		page.addObject("arguments", new Object[0]);
		page.setStatus(status);
		return page;
	}

}

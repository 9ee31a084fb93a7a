package kz.otinish.system;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error page, aware of the API: whatever fails under {@code /api/} before
 * or outside a controller (sign-in required, access denied, no such path, a wrong method,
 * an unexpected exception) answers RFC 9457 {@code application/problem+json} with a
 * localized detail; pages keep their friendly error page.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ApiErrors extends BasicErrorController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	ApiErrors(ErrorAttributes errorAttributes, List<ErrorViewResolver> resolvers, MessageSource messages) {
		super(errorAttributes, new ErrorProperties(), resolvers);
		this.messages = messages;
	}

	@Override
	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		if (!isApi(request)) {
			return super.errorHtml(request, response);
		}
		HttpStatus status = getStatus(request);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		try {
			response.getWriter().write(JSON.writeValueAsString(problem(request, status)));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return null;
	}

	@Override
	@RequestMapping
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		if (!isApi(request)) {
			return super.error(request);
		}
		HttpStatus status = getStatus(request);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(request, status));
	}

	private Map<String, Object> problem(HttpServletRequest request, HttpStatus status) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", URI.create("https://otinish.kz/problems/http-" + status.value()).toString());
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail",
				this.messages.getMessage("error.http." + status.value(), null,
						this.messages.getMessage("error.http.500", null, LocaleContextHolder.getLocale()),
						LocaleContextHolder.getLocale()));
		problem.put("instance", originalPath(request));
		return problem;
	}

	private static boolean isApi(HttpServletRequest request) {
		return originalPath(request).startsWith("/api/");
	}

	private static String originalPath(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri == null ? request.getRequestURI() : uri.toString();
		String context = request.getContextPath();
		return context != null && !context.isEmpty() && path.startsWith(context) ? path.substring(context.length())
				: path;
	}

}

package kz.otinish.system;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form upload the servlet container cannot parse (a file beyond its size limit, a body
 * beyond the request limit) fails when the first request parameter is read. In the UI
 * that is Spring Security's CSRF check, before any controller: the person saw the
 * container's bare "HTTP Status 413" page in English (or a 403 "invalid CSRF token"
 * page), never the localized one. This filter, placed just before the security chain,
 * reads the parts itself — the CSRF check would read them the same way, so nothing is
 * parsed that was not parsed before — and when that fails it shows the friendly page as a
 * plain GET of {@code /error/upload}, which changes nothing. The CSRF check is not
 * bypassed: a request whose parts are readable goes on to it unchanged. The API (no CSRF)
 * is answered by {@link UploadErrors}.
 */
@Component
@Order(UploadLimitFilter.ORDER)
class UploadLimitFilter extends OncePerRequestFilter {

	/** Just before Spring Boot's security filter chain (-100). */
	static final int ORDER = -101;

	static final String FAILURE = UploadLimitFilter.class.getName() + ".failure";

	static final String BACK = UploadLimitFilter.class.getName() + ".back";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null
				|| !type.toLowerCase().startsWith("multipart/form-data")
				|| request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParts();
		}
		catch (IllegalStateException | IOException | ServletException ex) {
			request.setAttribute(FAILURE, tooLarge(ex) ? "error.upload.tooLarge" : "error.upload.unreadable");
			request.setAttribute(BACK, request.getRequestURI().substring(request.getContextPath().length()));
			request.getRequestDispatcher("/error/upload").forward(new Refused(request), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean tooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (cause.getClass().getSimpleName().contains("SizeLimitExceeded")
					|| (message != null && message.contains("exceed"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The refused upload seen as a bodiless GET, so that nothing reads its body again.
	 */
	private static final class Refused extends HttpServletRequestWrapper {

		Refused(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public @Nullable String getContentType() {
			return null;
		}

		@Override
		public int getContentLength() {
			return 0;
		}

		@Override
		public long getContentLengthLong() {
			return 0;
		}

		@Override
		public @Nullable String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return null;
		}

		@Override
		public Collection<Part> getParts() {
			return List.of();
		}

		@Override
		public @Nullable Part getPart(String name) {
			return null;
		}

	}

}

package kz.otinish.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.deque.html.axecore.selenium.AxeBuilder;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * axe-core's script, as the axe-core Selenium library ships it, and the test
 * application's address for it ({@value #PATH}, cached by the browser for a day).
 * {@link Browser} loads it into a page before each check from there, so that chromium
 * keeps the script compiled between checks instead of receiving half a megabyte through
 * the driver every time. Served by a servlet filter ahead of everything else: the
 * application's own endpoints, its security and its API description do not see it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AxeScript {

	/**
	 * Where the test application serves the script (same origin: the pages' CSP allows
	 * it).
	 */
	public static final String PATH = "/js/axe-core/axe.min.js";

	/** The script itself. */
	static final String SOURCE = read();

	private static String read() {
		try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe-core's axe.min.js is not on the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Bean
	FilterRegistrationBean<Filter> axeScriptFilter() {
		byte[] body = SOURCE.getBytes(StandardCharsets.UTF_8);
		Filter filter = (request, response, chain) -> {
			if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out
					&& "GET".equals(http.getMethod()) && (http.getContextPath() + PATH).equals(http.getRequestURI())) {
				out.setContentType("text/javascript;charset=UTF-8");
				out.setHeader("Cache-Control", "max-age=86400");
				out.setContentLength(body.length);
				out.getOutputStream().write(body);
				return;
			}
			chain.doFilter(request, response);
		};
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(PATH);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}

package kz.otinish.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A person whose password an administrator reset signs in with the one-time password and
 * is sent to "change my password" from every page until they have changed it; the API
 * answers 403 for them.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeRequired implements WebMvcConfigurer, HandlerInterceptor {

	static final String PAGE = "/settings/password";

	private final Accounts accounts;

	PasswordChangeRequired(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.excludePathPatterns(PAGE, "/sign-out", "/sign-in", "/error", "/error/**", "/css/**", "/js/**", "/img/**",
					"/webjars/**", "/favicon.ico");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		var user = Accounts.current();
		if (user.isEmpty() || !this.accounts.mustChangePassword(user.get().username())) {
			return true;
		}
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}
		else {
			response.sendRedirect(request.getContextPath() + PAGE + "?required");
		}
		return false;
	}

}

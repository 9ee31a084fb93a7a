package kz.otinish.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checked on every signed-in request: a person whose account was deactivated since they
 * signed in is signed out at once (the page goes to sign-in, the API answers 401), and a
 * person whose password an administrator reset is sent to "change my password" from every
 * page until they have changed it (the API answers 403).
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
		if (user.isEmpty()) {
			return true;
		}
		// an API token's request read the account's state with the token: no query here
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		Accounts.State state = (authentication != null
				&& authentication.getPrincipal() instanceof ApiTokens.Holder holder)
						? new Accounts.State(true, holder.mustChangePassword())
						: this.accounts.state(user.get().username());
		if (!state.enabled()) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			}
			else {
				response.sendRedirect(request.getContextPath() + "/sign-in?deactivated");
			}
			return false;
		}
		if (!state.mustChangePassword()) {
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

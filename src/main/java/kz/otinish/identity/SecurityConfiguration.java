package kz.otinish.identity;

import java.io.IOException;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may reach which URL, by role. Scope (which appeals of a school, whose own appeals)
 * is decided per appeal by the appeal module's access policy, never in templates.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/calendar/**")
				.authenticated()
				// public: tracking by number and code, writing to the Rector's blog, its
				// published answers (each rate-limited or read-only)
				.requestMatchers("/api/v1/tracking", "/api/v1/blog/posts", "/api/v1/blog/answers")
				.permitAll()
				// public: the consent text shown before filing
				.requestMatchers(org.springframework.http.HttpMethod.GET, "/api/v1/consent")
				.permitAll()
				.requestMatchers("/api/v1/blog/moderation/**")
				.hasRole(Role.MODERATOR.name())
				.requestMatchers("/api/v1/mailbox/**")
				.hasAnyRole(Role.REGISTRAR.name(), Role.DEANS_OFFICE.name())
				.requestMatchers("/api/v1/admin/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::apiSignInRequired))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityConfiguration::apiSignInRequired))
			.csrf(csrf -> csrf.disable())
			.build();
	}

	@Bean
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests.requestMatchers("/blog/moderation/**")
				.hasRole(Role.MODERATOR.name())
				.requestMatchers("/", "/sign-in", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
						"/error", "/error/**", "/actuator/health/**", "/actuator/info", "/v3/api-docs/**",
						"/swagger-ui/**", "/swagger-ui.html", "/track/**", "/blog/**")
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/mailbox/**", "/mailbox")
				.hasAnyRole(Role.REGISTRAR.name(), Role.DEANS_OFFICE.name())
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/sign-in")
				.defaultSuccessUrl("/home", true)
				.failureHandler(SecurityConfiguration::signInFailed)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut"))
			.headers(headers -> headers
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")))
			.build();
	}

	/**
	 * The API's answer when sign-in is needed (401 with the Basic challenge) or refused
	 * for now after repeated failures (429 with {@code Retry-After}); the error page
	 * makes either a problem+json.
	 */
	private static void apiSignInRequired(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		if (ex instanceof ThrottledAuthentication.SignInLocked locked) {
			response.setHeader("Retry-After", Long.toString(locked.retryAfterSeconds()));
			response.sendError(429);
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"Otinish\"");
		response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
	}

	/** The sign-in form after a failure: wrong details, or locked for some minutes. */
	private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		String target = ex instanceof ThrottledAuthentication.SignInLocked locked
				? "/sign-in?locked=" + locked.retryAfterMinutes() : "/sign-in?error";
		response.sendRedirect(request.getContextPath() + target);
	}

	/** Lets controllers take {@link CurrentUser} as an argument. */
	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {
			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return parameter.getParameterType() == CurrentUser.class;
			}

			@Override
			public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
					NativeWebRequest request, WebDataBinderFactory binderFactory) {
				return Accounts.current().orElseThrow(() -> new IllegalStateException("no signed-in user"));
			}
		});
	}

}

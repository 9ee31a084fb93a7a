package kz.otinish.identity;

import java.io.IOException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
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

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	/**
	 * Passwords are stored as bcrypt hashes ({@code {bcrypt}...}) at the configured cost
	 * ({@code otinish.passwords.bcrypt-strength}, 10 by default: about 70 ms per check on
	 * one core of the reference machine); a hash keeps the cost it was made with, so a
	 * changed setting applies to passwords set after it.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${otinish.passwords.bcrypt-strength:10}") int strength) {
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
	}

	/**
	 * The actuator: health and info for everyone (probes, load balancers), metrics and
	 * the Prometheus scrape for administrators, with HTTP Basic and no session
	 * (docs/operations.md, "Monitoring").
	 */
	@Bean
	@Order(0)
	SecurityFilterChain management(HttpSecurity http) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(
					requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
						.permitAll()
						.anyRequest()
						.hasRole(Role.ADMIN.name()))
			.httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::apiSignInRequired))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityConfiguration::apiSignInRequired))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, SingleSignOnConfiguration singleSignOn, ApiTokens tokens)
			throws Exception {
		http.securityMatcher("/api/**")
			// API tokens first: one SHA-256 and one query instead of a password hash
			.addFilterBefore(new ApiTokenAuthentication(tokens), BearerTokenAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/calendar/**")
				.access(SecurityConfiguration::withAccount)
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
				.access(SecurityConfiguration::withAccount))
			.httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::apiSignInRequired))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityConfiguration::apiSignInRequired))
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::cookieSessionChange))
			// nothing of a refused request is kept in a session (see pages below)
			.requestCache(cache -> cache.requestCache(new NullRequestCache()));
		singleSignOn.configureApi(http);
		return http.build();
	}

	@Bean
	SecurityFilterChain pages(HttpSecurity http, SingleSignOnConfiguration singleSignOn) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/blog/moderation/**")
			.hasRole(Role.MODERATOR.name())
			.requestMatchers("/", "/sign-in", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
					"/error/**", "/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**",
					"/swagger-ui.html", "/track/**", "/blog/**", SingleSignOnConfiguration.NO_ACCESS)
			.permitAll()
			// metrics and whatever else an operator exposes: administrators only
			.requestMatchers("/admin/**", "/actuator/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/mailbox/**", "/mailbox")
			.hasAnyRole(Role.REGISTRAR.name(), Role.DEANS_OFFICE.name())
			.anyRequest()
			.access(SecurityConfiguration::withAccount))
			.formLogin(form -> form.loginPage("/sign-in")
				.authenticationDetailsSource(SignInDetails::new)
				.defaultSuccessUrl("/home", true)
				.failureHandler(SecurityConfiguration::signInFailed)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut"))
			// sign-in always leads to /home: a page refused for want of sign-in is not
			// saved in
			// the session (with its headers, the client's forwarded address among them),
			// which
			// the postgres profile writes to the database
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.headers(headers -> headers
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")));
		singleSignOn.configurePages(http);
		return http.build();
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

	/**
	 * Signed in as an account: with a password, through single sign-on or with a bearer
	 * token. A person of the identity provider without access is signed in, yet reaches
	 * nothing.
	 */
	private static AuthorizationDecision withAccount(Supplier<? extends @Nullable Authentication> authentication,
			RequestAuthorizationContext context) {
		return new AuthorizationDecision(Accounts.account(authentication.get()).isPresent());
	}

	/**
	 * A state-changing API request that rides on the browser's session cookie: only such
	 * a request needs the CSRF token. Basic and bearer clients send their credentials
	 * themselves (a forged cross-site request cannot), and a request without a session
	 * cookie carries no ambient authority.
	 */
	private static boolean cookieSessionChange(HttpServletRequest request) {
		return !SAFE_METHODS.contains(request.getMethod()) && request.getHeader("Authorization") == null
				&& request.getRequestedSessionId() != null;
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

package kz.otinish.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * Single sign-on with the university's OpenID Connect provider and its bearer tokens on
 * the API, each switched on by its properties alone (docs/operations.md): sign-in through
 * the provider when a client registration is configured
 * ({@code spring.security.oauth2.client.registration.*}), bearer tokens when the issuer
 * is ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}). Without them Otinish
 * starts with local accounts only and contacts no provider.
 */
@Configuration(proxyBeanMethods = false)
class SingleSignOnConfiguration {

	static final String NO_ACCESS = "/no-access";

	private final SingleSignOn singleSignOn;

	private final SingleSignOnSettings settings;

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	private final ObjectProvider<JwtDecoder> jwtDecoder;

	SingleSignOnConfiguration(SingleSignOn singleSignOn, SingleSignOnSettings settings,
			ObjectProvider<ClientRegistrationRepository> registrations, ObjectProvider<JwtDecoder> jwtDecoder) {
		this.singleSignOn = singleSignOn;
		this.settings = settings;
		this.registrations = registrations;
		this.jwtDecoder = jwtDecoder;
	}

	/**
	 * Bearer tokens of the provider, checked against the provider's keys (fetched on the
	 * first token, so a start does not need the provider), its issuer, the audiences if
	 * configured, and their validity on Otinish's clock.
	 */
	@Bean
	@ConditionalOnProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")
	JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
			@Value("${spring.security.oauth2.resourceserver.jwt.audiences:}") List<String> audiences, Clock clock) {
		return new SupplierJwtDecoder(() -> {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
			JwtTimestampValidator validity = new JwtTimestampValidator(Duration.ofSeconds(60));
			validity.setClock(clock);
			List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>(
					List.of(validity, new JwtIssuerValidator(issuer)));
			if (!audiences.isEmpty()) {
				validators.add(new JwtClaimValidator<List<String>>("aud",
						audience -> audience != null && audience.stream().anyMatch(audiences::contains)));
			}
			decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
			return decoder;
		});
	}

	/** Whether people can sign in through the provider (the sign-in page's button). */
	boolean signInConfigured() {
		return this.registrations.getIfAvailable() != null;
	}

	/** The pages: sign-in through the provider, when configured. */
	void configurePages(HttpSecurity http) throws Exception {
		ClientRegistrationRepository repository = this.registrations.getIfAvailable();
		if (repository == null) {
			return;
		}
		OidcUserService provider = new OidcUserService();
		http.oauth2Login(login -> login.loginPage("/sign-in")
			.clientRegistrationRepository(repository)
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(request -> signedIn(provider, request)))
			.successHandler(SingleSignOnConfiguration::signedInTo)
			.failureHandler(SingleSignOnConfiguration::signInFailed))
			.exceptionHandling(errors -> errors.accessDeniedHandler(SingleSignOnConfiguration::refused));
	}

	/** The API: bearer tokens of the provider, when configured. */
	void configureApi(HttpSecurity http) throws Exception {
		if (this.jwtDecoder.getIfAvailable() == null) {
			return;
		}
		DefaultBearerTokenResolver resolver = new DefaultBearerTokenResolver();
		http.oauth2ResourceServer(server -> server
			// Otinish's own API tokens are checked by ApiTokenAuthentication, not as JWTs
			.bearerTokenResolver(
					request -> ApiTokenAuthentication.tokenOf(request) != null ? null : resolver.resolve(request))
			.jwt(jwt -> jwt.decoder(this.jwtDecoder.getObject())
				.jwtAuthenticationConverter(
						token -> new BearerAuthentication(token, this.settings.subject(token.getClaims()),
								account(String.valueOf(token.getIssuer()), token.getClaims()))))
			.authenticationEntryPoint(SingleSignOnConfiguration::bearerRefused)
			.accessDeniedHandler((request, response, denied) -> response.sendError(HttpServletResponse.SC_FORBIDDEN)));
	}

	private OidcUser signedIn(OidcUserService provider, OidcUserRequest request) {
		OidcUser person = provider.loadUser(request);
		return new SingleSignOnUser(person.getIdToken(), person.getUserInfo(),
				account(String.valueOf(person.getIssuer()), person.getClaims()));
	}

	/**
	 * The account of this person of the provider, if any. Two first requests of the same
	 * person at once: one links, the other finds the link.
	 */
	private @Nullable CurrentUser account(String issuer, Map<String, Object> claims) {
		String subject = this.settings.subject(claims);
		try {
			return this.singleSignOn.signIn(issuer, subject, claims).orElse(null);
		}
		catch (DataIntegrityViolationException linkedMeanwhile) {
			return this.singleSignOn.signIn(issuer, subject, claims).orElse(null);
		}
	}

	/**
	 * After the provider: the home page, or the page that says there is no access yet.
	 */
	private static void signedInTo(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		String target = Accounts.account(authentication).isPresent() ? "/home" : NO_ACCESS;
		response.sendRedirect(request.getContextPath() + target);
	}

	private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		response.sendRedirect(request.getContextPath() + "/sign-in?ssoError");
	}

	/**
	 * A page refused: a person of the provider without access is told so (403), everyone
	 * else gets the usual refusal.
	 */
	private static void refused(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SingleSignOnUser
				&& Accounts.account(authentication).isEmpty()) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			request.getRequestDispatcher(NO_ACCESS).forward(request, response);
			return;
		}
		new AccessDeniedHandlerImpl().handle(request, response, denied);
	}

	/**
	 * A missing, expired or foreign bearer token: 401, which the error page makes a
	 * problem.
	 */
	private static void bearerRefused(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
		response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
	}

}

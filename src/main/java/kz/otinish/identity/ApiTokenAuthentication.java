package kz.otinish.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer otn_…} on the API: the request acts as the token's account
 * for this request only (no session). An unknown, revoked or expired token, or one of a
 * deactivated account, is 401 with {@code WWW-Authenticate: Bearer}, which the error page
 * makes a problem. Other bearer tokens (the provider's JWTs) are left to single sign-on.
 */
class ApiTokenAuthentication extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	ApiTokenAuthentication(ApiTokens tokens) {
		this.tokens = tokens;
	}

	/** The API token in the request, if it carries one. */
	static String tokenOf(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return null;
		}
		String token = header.substring(BEARER.length()).strip();
		return token.startsWith(ApiTokens.PREFIX) ? token : null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = tokenOf(request);
		if (token == null) {
			chain.doFilter(request, response);
			return;
		}
		var holder = this.tokens.authenticate(token);
		if (holder.isEmpty()) {
			SecurityContextHolder.clearContext();
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new TokenAuthentication(holder.get()));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}

	/** A request authenticated by an API token. */
	static class TokenAuthentication extends AbstractAuthenticationToken {

		private final ApiTokens.Holder holder;

		TokenAuthentication(ApiTokens.Holder holder) {
			super(List.of(new SimpleGrantedAuthority(holder.user().role().authority())));
			this.holder = holder;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public ApiTokens.Holder getPrincipal() {
			return this.holder;
		}

		@Override
		public String getName() {
			return this.holder.user().username();
		}

	}

}

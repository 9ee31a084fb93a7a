package kz.otinish.identity;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Local sign-in (the form and HTTP Basic) checked against the lockout first: a locked
 * account or address is refused without looking at the password, failures are counted,
 * and success clears the account's count.
 */
@Component
class ThrottledAuthentication implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledAuthentication(Accounts accounts, PasswordEncoder encoder, SignInThrottle throttle) {
		this.passwords = new DaoAuthenticationProvider(accounts);
		this.passwords.setPasswordEncoder(encoder);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName() == null ? "" : authentication.getName();
		String address = clientAddress(authentication.getDetails());
		var locked = this.throttle.lockedFor(username, address);
		if (locked.isPresent()) {
			throw new SignInLocked(locked.get());
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.throttle.succeeded(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(username, address);
			throw ex;
		}
	}

	/** The form's details (the address not kept in the session), or HTTP Basic's. */
	private static String clientAddress(@Nullable Object details) {
		if (details instanceof SignInDetails form && form.clientAddress() != null) {
			return form.clientAddress();
		}
		if (details instanceof WebAuthenticationDetails basic && basic.getRemoteAddress() != null) {
			return basic.getRemoteAddress();
		}
		return "unknown";
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** Too many failed attempts: wait before trying again. */
	static class SignInLocked extends AuthenticationException {

		private final Duration retryAfter;

		SignInLocked(Duration retryAfter) {
			super("Too many failed sign-in attempts; try again in " + retryAfter.toSeconds() + " s");
			this.retryAfter = retryAfter;
		}

		long retryAfterSeconds() {
			return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
		}

		long retryAfterMinutes() {
			return Math.max(1, (retryAfterSeconds() + 59) / 60);
		}

	}

}

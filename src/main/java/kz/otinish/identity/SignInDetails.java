package kz.otinish.identity;

import java.io.Serial;
import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * What the sign-in form's request tells the lockout: the client's address, counted per
 * address by {@link SignInThrottle}. The address is transient: the signed-in session
 * keeps these details, and with the postgres profile the session is written to the
 * database, which holds no client address (docs/privacy.md).
 */
final class SignInDetails implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final transient @Nullable String clientAddress;

	SignInDetails(HttpServletRequest request) {
		this.clientAddress = request.getRemoteAddr();
	}

	@Nullable String clientAddress() {
		return this.clientAddress;
	}

}

package kz.otinish.organization;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A member of a collegial body. {@code account} is the username of the member's Otinish
 * account, where they have one.
 */
public record MemberView(UUID id, String bodyCode, MemberRole role, String fullName, LocalizedText positions,
		@Nullable String email, @Nullable String account) {

	public String position(Locale locale) {
		return this.positions.in(locale);
	}

}

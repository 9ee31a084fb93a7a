package kz.otinish.organization;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A collegial body: a school's dean's office council, QAC or EPC, or the university's
 * Ethics Council ({@code schoolCode} is {@code null}). The id and the code are both
 * stable.
 */
public record BodyView(UUID id, String code, BodyType type, @Nullable String schoolCode, LocalizedText names,
		@Nullable String email) {

	public String name(Locale locale) {
		return this.names.in(locale);
	}

}

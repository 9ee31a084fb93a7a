package kz.otinish.organization;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A university unit (Youth Policy Department, student dean's office, trade union, lawyer,
 * records office) with the person who represents it in an extended commission (sop.md
 * REV-6).
 */
public record UnitView(String code, UnitKind kind, LocalizedText names, @Nullable String email,
		@Nullable String contactFullName, @Nullable LocalizedText contactPositions) {

	public String name(Locale locale) {
		return this.names.in(locale);
	}

}

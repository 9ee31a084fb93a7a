package kz.otinish.organization;

import java.util.Locale;

/** The university: its names, address and corporate e-mail (info@…, sop.md INT-2). */
public record UniversityView(String code, LocalizedText names, LocalizedText addresses, String email) {

	public String name(Locale locale) {
		return this.names.in(locale);
	}

	public String address(Locale locale) {
		return this.addresses.in(locale);
	}

}

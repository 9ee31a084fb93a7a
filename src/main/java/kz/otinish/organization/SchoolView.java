package kz.otinish.organization;

import java.util.Locale;

/**
 * A school or faculty (GM1, GM2, DENT, …) with the e-mail address appeals may be sent to
 * (INT-2).
 */
public record SchoolView(String code, LocalizedText names, String email) {

	public String name(Locale locale) {
		return this.names.in(locale);
	}

}

package kz.otinish.shared;

import java.util.Locale;

/** The three languages Otinish speaks; Kazakh, the state language, is the default. */
public enum Language {

	KK, RU, EN;

	public Locale locale() {
		return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
	}

	public static Language of(Locale locale) {
		return switch (locale.getLanguage()) {
			case "ru" -> RU;
			case "en" -> EN;
			default -> KK;
		};
	}

}

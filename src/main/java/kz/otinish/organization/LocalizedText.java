package kz.otinish.organization;

import java.util.Locale;

import kz.otinish.shared.Language;

/** A text in the three languages Otinish speaks; Kazakh is the default. */
public record LocalizedText(String kk, String ru, String en) {

	public LocalizedText {
		if (kk == null || kk.isBlank() || ru == null || ru.isBlank() || en == null || en.isBlank()) {
			throw new IllegalArgumentException("a localized text needs kk, ru and en: " + kk + " / " + ru + " / " + en);
		}
	}

	/**
	 * The text in the locale's language, Kazakh for any language other than ru and en.
	 */
	public String in(Locale locale) {
		return switch (Language.of(locale)) {
			case RU -> this.ru;
			case EN -> this.en;
			case KK -> this.kk;
		};
	}

}

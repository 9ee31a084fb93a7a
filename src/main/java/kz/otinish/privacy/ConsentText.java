package kz.otinish.privacy;

import java.time.LocalDate;

import kz.otinish.shared.Language;

/**
 * One version of the consent to the processing of personal data, in the three languages.
 * The current version is the latest.
 */
public record ConsentText(int version, LocalDate publishedOn, String kazakh, String russian, String english) {

	public String in(Language language) {
		return switch (language) {
			case KK -> this.kazakh;
			case RU -> this.russian;
			case EN -> this.english;
		};
	}

}

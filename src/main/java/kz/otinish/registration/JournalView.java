package kz.otinish.registration;

import java.util.Locale;

import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * A journal as other modules and selects see it: its code, the school it belongs to
 * ({@code null} for the records office's journal) and its name in the three languages.
 */
public record JournalView(String code, @Nullable String schoolCode, String nameKk, String nameRu, String nameEn,
		String numberPattern, boolean active) {

	/** The name in the given language (Kazakh unless Russian or English is asked for). */
	public String name(Language language) {
		return switch (language) {
			case KK -> this.nameKk;
			case RU -> this.nameRu;
			case EN -> this.nameEn;
		};
	}

	public String name(Locale locale) {
		return name(Language.of(locale));
	}

	/** Whether this is the records office's university-wide journal. */
	public boolean isRecordsOffice() {
		return this.schoolCode == null;
	}

}

package kz.otinish.privacy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.otinish.shared.Language;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The current consent text, public: an API client shows it before filing. */
@Tag(name = "Personal data", description = "Consent, and everything Otinish holds about the caller")
@RestController
class ConsentApi {

	private final Consents consents;

	ConsentApi(Consents consents) {
		this.consents = consents;
	}

	@Operation(summary = "The current consent to the processing of personal data",
			description = "Public. The text in the language of Accept-Language and in all three; filing an appeal "
					+ "requires \"consent\": true, which accepts this version.")
	@GetMapping("/api/v1/consent")
	ConsentResponse current(Locale locale) {
		ConsentText text = this.consents.current();
		Language language = Language.of(locale);
		return new ConsentResponse(text.version(), text.publishedOn(), language, text.in(language),
				Map.of(Language.KK, text.kazakh(), Language.RU, text.russian(), Language.EN, text.english()));
	}

	record ConsentResponse(int version, LocalDate publishedOn, Language language, String text,
			Map<Language, String> texts) {
	}

}

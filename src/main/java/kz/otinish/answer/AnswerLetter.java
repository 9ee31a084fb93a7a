package kz.otinish.answer;

import java.util.Optional;
import java.util.UUID;

import kz.otinish.shared.Language;

/**
 * The hook for the answer letter as a PDF (the letters module): when a bean of this type
 * exists, the RES-3 e-mail to the corporate address carries the PDF it returns as an
 * attachment; without one the e-mail carries the approved text only.
 */
public interface AnswerLetter {

	/** The signed answer letter of this appeal, in the language given, if available. */
	Optional<Pdf> pdf(UUID appealId, Language language);

	/** A file name and its bytes. */
	record Pdf(String fileName, byte[] content) {
	}

}

package kz.otinish.documents;

import java.util.Optional;
import java.util.UUID;

import kz.otinish.shared.Language;

import org.springframework.stereotype.Component;

/**
 * RES-3: the answer letter the staff member's corporate e-mail carries, issued (or the
 * stored one when nothing changed) from the approved answer and its delivery, in the
 * appeal's language (Law 221 art. 10) whatever the caller asks.
 */
@Component
class AnswerLetterPdf implements kz.otinish.answer.AnswerLetter {

	private final IssueOnProcess issuer;

	private final Documents documents;

	AnswerLetterPdf(IssueOnProcess issuer, Documents documents) {
		this.issuer = issuer;
		this.documents = documents;
	}

	@Override
	public Optional<Pdf> pdf(UUID appealId, Language language) {
		Optional<kz.otinish.documents.Pdf> stored = this.issuer.issueAnswer(appealId)
			.map(this.documents::pdf)
			.or(() -> this.documents.latestPdf(appealId, DocumentKind.ANSWER));
		return stored.map(found -> new Pdf(found.fileName(), found.content()));
	}

}

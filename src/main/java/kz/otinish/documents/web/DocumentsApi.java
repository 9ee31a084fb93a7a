package kz.otinish.documents.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import kz.otinish.documents.DocumentKind;
import kz.otinish.documents.Documents;
import kz.otinish.documents.IssuedDocument;
import kz.otinish.identity.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The documents of an appeal on the API, with the appeal's scope rules (404 out of
 * scope). {@code /documents/{kind}} serves the stored PDF, issuing it on first request.
 */
@RestController
@RequestMapping("/api/v1/appeals/{id}/documents")
class DocumentsApi {

	private final Documents documents;

	DocumentsApi(Documents documents) {
		this.documents = documents;
	}

	@GetMapping
	List<DocumentResponse> listDocuments(@PathVariable UUID id, CurrentUser user) {
		return this.documents.list(id, user).stream().map(DocumentResponse::of).toList();
	}

	@GetMapping("/{kind}")
	ResponseEntity<byte[]> downloadDocument(@PathVariable UUID id, @PathVariable String kind,
			@RequestParam(required = false) @Nullable String lang, CurrentUser user, Locale locale) {
		if ("appendix".equals(kind)) {
			return PdfResponses.of(this.documents.appendix(id, DocumentsController.language(lang, locale), user));
		}
		return PdfResponses.of(this.documents.download(id, DocumentKind.ofSlug(kind), user));
	}

	/** One issued document as the API lists it. */
	record DocumentResponse(UUID id, String kind, int version, String language, String fileName, String sha256,
			int size, String issuedAt, String issuedBy, String href) {

		static DocumentResponse of(IssuedDocument document) {
			return new DocumentResponse(document.id(), document.kind().slug(), document.version(),
					document.language().name(), document.fileName(), document.sha256(), document.size(),
					document.issuedAt().toString(), document.issuedBy(),
					"/api/v1/appeals/" + document.appealId() + "/documents/" + document.kind().slug());
		}

	}

}

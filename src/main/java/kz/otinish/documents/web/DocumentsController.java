package kz.otinish.documents.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import kz.otinish.appeal.ApplicantType;
import kz.otinish.documents.DocumentKind;
import kz.otinish.documents.Documents;
import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.Language;
import kz.otinish.shared.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * PDF downloads for the pages: an appeal's documents, its Appendix, blank forms, the
 * journal.
 */
@Controller
class DocumentsController {

	private final Documents documents;

	DocumentsController(Documents documents) {
		this.documents = documents;
	}

	@GetMapping("/appeals/{id}/documents/{kind}.pdf")
	ResponseEntity<byte[]> downloadDocument(@PathVariable UUID id, @PathVariable String kind, CurrentUser user) {
		return PdfResponses.of(this.documents.download(id, DocumentKind.ofSlug(kind), user));
	}

	@GetMapping("/appeals/{id}/documents/stored/{documentId}.pdf")
	ResponseEntity<byte[]> downloadStored(@PathVariable UUID id, @PathVariable UUID documentId, CurrentUser user) {
		return PdfResponses.of(this.documents.download(id, documentId, user));
	}

	@GetMapping("/appeals/{id}/appendix.pdf")
	ResponseEntity<byte[]> downloadAppendix(@PathVariable UUID id,
			@RequestParam(required = false) @Nullable String lang, CurrentUser user, Locale locale) {
		return PdfResponses.of(this.documents.appendix(id, language(lang, locale), user));
	}

	@GetMapping("/documents/blank/appendix-{number}.pdf")
	ResponseEntity<byte[]> downloadBlank(@PathVariable int number,
			@RequestParam(required = false) @Nullable String lang, Locale locale) {
		ApplicantType type = switch (number) {
			case 1 -> ApplicantType.STUDENT;
			case 2 -> ApplicantType.STAFF;
			default -> throw new NotFound("documents.notFound");
		};
		return PdfResponses.of(this.documents.blankAppendix(type, language(lang, locale)));
	}

	@GetMapping("/journal.pdf")
	ResponseEntity<byte[]> downloadJournal(@RequestParam String journal,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable String lang, CurrentUser user, Locale locale) {
		if (to.isBefore(from) || from.plusYears(1).isBefore(to)) {
			throw new NotFound("documents.journal.notFound");
		}
		return PdfResponses.of(this.documents.journal(journal, from, to, language(lang, locale), user));
	}

	/** The journal of the period as an Excel workbook, with the applicants' names. */
	@GetMapping("/journal.xlsx")
	ResponseEntity<byte[]> downloadJournalWorkbook(@RequestParam String journal,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, CurrentUser user,
			Locale locale) {
		if (to.isBefore(from) || from.plusYears(1).isBefore(to)) {
			throw new NotFound("documents.journal.notFound");
		}
		return this.documents.journalTable(journal, from, to, locale, user)
			.download(kz.otinish.shared.TableExport.Format.XLSX);
	}

	static Language language(@Nullable String lang, Locale locale) {
		return (lang == null || lang.isBlank()) ? Language.of(locale) : Language.of(Locale.forLanguageTag(lang));
	}

}

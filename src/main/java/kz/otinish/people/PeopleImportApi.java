package kz.otinish.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import kz.otinish.identity.ImportOutcome;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/admin/people/imports?kind=STUDENTS|STAFF&dryRun=true|false&full=…}
 * with the file as the multipart part {@code file} (or as a {@code text/csv} body). A dry
 * run (the default) changes nothing. Row errors come back by line in the language of
 * {@code Accept-Language}; a file that cannot be read is a 400 problem+json.
 */
@RestController
@RequestMapping("/api/v1/admin/people/imports")
class PeopleImportApi {

	private final PeopleImport peopleImport;

	private final PeopleMessages messages;

	PeopleImportApi(PeopleImport peopleImport, PeopleMessages messages) {
		this.peopleImport = peopleImport;
		this.messages = messages;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportResult importFile(@RequestParam ImportKind kind, @RequestParam(defaultValue = "true") boolean dryRun,
			@RequestParam(defaultValue = "false") boolean full, @RequestParam("file") MultipartFile file,
			Locale locale) {
		try {
			return result(this.peopleImport.run(kind, file.getBytes(), full, dryRun), locale);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@PostMapping(consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE })
	ImportResult importBody(@RequestParam ImportKind kind, @RequestParam(defaultValue = "true") boolean dryRun,
			@RequestParam(defaultValue = "false") boolean full, @RequestBody byte[] content, Locale locale) {
		return result(this.peopleImport.run(kind, content, full, dryRun), locale);
	}

	@ExceptionHandler(PeopleFileRefused.class)
	ProblemDetail refused(PeopleFileRefused ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.text(ex.messageKey(), ex.arguments(), locale));
		problem.setType(URI.create("https://otinish.kz/problems/bad-people-file"));
		problem.setTitle(this.messages.text("people.file.title", new Object[0], locale));
		return problem;
	}

	private ImportResult result(ImportReport report, Locale locale) {
		ImportOutcome outcome = report.outcome();
		return new ImportResult(report.kind(), report.dryRun(), report.fullFile(), report.rows(), report.valid(),
				outcome.created(), outcome.updated(), outcome.unchanged(), outcome.reactivated(), outcome.deactivated(),
				report.errors()
					.stream()
					.map(error -> new ErrorLine(error.line(), this.messages.error(error, locale)))
					.toList());
	}

	/** The answer: counts, and every faulty row by line with the reason in words. */
	record ImportResult(ImportKind kind, boolean dryRun, boolean full, int rows, int valid, int created, int updated,
			int unchanged, int reactivated, int deactivated, List<ErrorLine> errors) {
	}

	record ErrorLine(int line, String message) {
	}

}

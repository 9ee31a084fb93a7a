package kz.otinish.registration.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import kz.otinish.identity.CurrentUser;
import kz.otinish.registration.JournalEntryView;
import kz.otinish.registration.JournalView;
import kz.otinish.registration.Journals;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The journals over HTTP, with the page's scope rules (TERM-7, TERM-8). */
@RestController
@RequestMapping(path = "/api/v1/journal", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Journal", description = "The journals of incoming documents: registration numbers and what was "
		+ "recorded when each appeal was registered")
class JournalApi {

	static final int PAGE_SIZE = 20;

	private final Journals journals;

	private final JournalReaders readers;

	private final Clock clock;

	JournalApi(Journals journals, JournalReaders readers, Clock clock) {
		this.journals = journals;
		this.readers = readers;
		this.clock = clock;
	}

	@InitBinder("journalQuery")
	void initBinder(WebDataBinder binder) {
		binder.addValidators(new JournalQuery.Checks());
	}

	@GetMapping
	@Operation(summary = "A journal's entries for a period",
			description = "Entries of one journal whose appeals were received in the period (dates in Asia/Almaty, "
					+ "both inclusive), in number order. The records office (REGISTRAR) reads every journal; a dean's "
					+ "office (DEANS_OFFICE) and a dean (DEAN) only their school's. Other roles get 403.")
	@ApiResponse(responseCode = "200", description = "A page of entries")
	@ApiResponse(responseCode = "400", description = "Invalid period or paging: the failing fields are in 'errors'",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "The role reads no journal", content = @Content)
	@ApiResponse(responseCode = "404", description = "No such journal, or one outside the caller's scope",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	JournalPage entries(@Valid @ParameterObject JournalQuery journalQuery, @Parameter(hidden = true) CurrentUser user) {
		List<JournalView> readable = this.readers.readableBy(user);
		JournalView journal = this.readers.chosen(readable, journalQuery.journal());
		JournalQuery.Period period = journalQuery.period(LocalDate.now(this.clock));
		Page<JournalEntryView> page = this.journals.entries(journal.code(), period.from(), period.to(),
				journalQuery.pageOrFirst(), journalQuery.sizeOr(PAGE_SIZE));
		return new JournalPage(journal.code(), period.from(), period.to(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages(), page.getContent().stream().map(this::entry).toList());
	}

	private Entry entry(JournalEntryView view) {
		return new Entry(view.number().formatted(), view.journalCode(), view.number().year(), view.number().sequence(),
				view.receivedAt().atZone(this.clock.getZone()).toOffsetDateTime(),
				view.registeredAt().atZone(this.clock.getZone()).toOffsetDateTime(), view.channel(), view.registrar(),
				view.summary(), view.appealId(), "/appeals/" + view.appealId());
	}

	@Schema(description = "A page of a journal's entries")
	record JournalPage(@Schema(description = "Journal code", example = "KB") String journal,
			@Schema(description = "First day of the period, inclusive") LocalDate from,
			@Schema(description = "Last day of the period, inclusive") LocalDate to,
			@Schema(description = "Page number, from 0") int page, @Schema(description = "Page size") int size,
			@Schema(description = "Entries in the period") long totalElements,
			@Schema(description = "Pages in the period") int totalPages, List<Entry> entries) {
	}

	@Schema(description = "One journal entry (TERM-7)")
	record Entry(@Schema(description = "Registration number as printed", example = "KB-2026-17") String number,
			@Schema(description = "Journal code", example = "KB") String journal,
			@Schema(description = "Registration year (Asia/Almaty)") int year,
			@Schema(description = "Sequence within journal and year, gapless from 1") long sequence,
			@Schema(description = "When the appeal was received, Asia/Almaty offset") OffsetDateTime receivedAt,
			@Schema(description = "When it was registered, Asia/Almaty offset") OffsetDateTime registeredAt,
			@Schema(description = "Channel it arrived by", example = "PORTAL") String channel,
			@Schema(description = "Who registered it") String registrar,
			@Schema(description = "Brief summary of the content") String summary,
			@Schema(description = "The appeal's id") UUID appealId,
			@Schema(description = "The appeal's page") String appealUrl) {
	}

}

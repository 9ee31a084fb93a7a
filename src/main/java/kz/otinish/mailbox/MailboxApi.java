package kz.otinish.mailbox;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.Registration;
import kz.otinish.identity.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The letters read from the mailboxes, over the API (INT-2a): list those awaiting
 * registration, read one with its notes, link it to a known applicant (or re-link it),
 * register it. Records office: every mailbox; a dean's office: its school's. No endpoint
 * refuses or deletes a letter (INT-5).
 */
@Tag(name = "Mailbox",
		description = "Letters read from the corporate mailboxes (INT-2a): each is an appeal "
				+ "awaiting registration. Records office and dean's offices only; nothing here refuses or deletes.")
@RestController
@RequestMapping("/api/v1/mailbox/letters")
class MailboxApi {

	private final MailboxDesk desk;

	private final MailNotes notes;

	MailboxApi(MailboxDesk desk, MailNotes notes) {
		this.desk = desk;
		this.notes = notes;
	}

	record LetterResponse(UUID id, String mailbox, @Nullable String schoolCode, @Nullable String sender,
			@Nullable String subject, Instant receivedAt, long size,
			@Schema(description = "RECEIVED, or RECEIVED_WITH_NOTES when something did not fit (see notes)") MailStatus status,
			@Schema(description = "What did not fit, in the language of Accept-Language") List<String> notes,
			@Nullable Instant acknowledgedAt, UUID appealId, AppealStatus appealStatus,
			@Nullable String registrationNumber, String text,
			@Schema(description = "The applicant account the appeal is linked to") @Nullable LinkedAccount linkedAccount) {
	}

	record LinkedAccount(UUID id, String username, String fullName) {
	}

	record LinkRequest(@Schema(description = "The applicant's username (find it with GET /api/v1/desk/applicants)",
			example = "student") @NotBlank @Size(max = 100) String username) {
	}

	@Operation(summary = "Letters awaiting registration, oldest first (at most 50)")
	@GetMapping
	List<LetterResponse> awaiting(CurrentUser user, Locale locale) {
		return this.desk.awaitingRegistration(user).stream().map(letter -> response(letter, user, locale)).toList();
	}

	@Operation(summary = "One letter with its appeal and notes", description = "404 when outside the caller's scope.")
	@GetMapping("/{id}")
	LetterResponse get(@PathVariable UUID id, CurrentUser user, Locale locale) {
		return response(this.desk.letter(id, user), user, locale);
	}

	@Operation(summary = "Link the letter to a known applicant, or re-link it to another one",
			description = "The applicant then sees the appeal under their appeals. Audited (LINK_APPLICANT). "
					+ "409 when the account is unknown, not an applicant, or already linked.")
	@PutMapping("/{id}/applicant")
	LetterResponse link(@PathVariable UUID id, CurrentUser user, @Valid @RequestBody LinkRequest request,
			Locale locale) {
		this.desk.link(id, request.username(), user);
		return get(id, user, locale);
	}

	@Operation(summary = "Confirm the letter and register its appeal (INT-1)",
			description = "Enters it in the journal; the sender then gets the acknowledgement with the registration "
					+ "number. 409 when registered already.")
	@PostMapping("/{id}/register")
	LetterResponse register(@PathVariable UUID id, CurrentUser user, Locale locale) {
		this.desk.register(id, user);
		return get(id, user, locale);
	}

	@Operation(summary = "The original letter, byte for byte (message/rfc822)")
	@GetMapping(path = "/{id}/original", produces = "message/rfc822")
	ResponseEntity<byte[]> original(@PathVariable UUID id, CurrentUser user) {
		MailMessage message = this.desk.letter(id, user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("message/rfc822"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("letter-" + message.id() + ".eml").build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(message.raw());
	}

	private LetterResponse response(MailMessage letter, CurrentUser user, Locale locale) {
		Appeal appeal = this.desk.appeal(letter, user);
		LinkedAccount linked = this.desk.linkedAccount(appeal)
			.map(account -> new LinkedAccount(account.id(), account.username(), account.fullName()))
			.orElse(null);
		return new LetterResponse(letter.id(), letter.mailbox(), letter.schoolCode(), letter.sender(), letter.subject(),
				letter.receivedAt(), letter.size(), letter.status(), this.notes.render(letter.notes(), locale),
				letter.acknowledgedAt(), appeal.id(), appeal.status(),
				appeal.registration().map(Registration::number).orElse(null), appeal.text(), linked);
	}

}

package kz.otinish.mailbox;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.shared.NotFound;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The letters read from the mailboxes: the records office sees all, a dean's office only
 * its school's mailbox. Each links to its appeal and offers the original .eml.
 */
@Controller
class MailboxController {

	private static final int PAGE_SIZE = 50;

	/**
	 * A letter as the list shows it: the summary and its notes in the reader's language.
	 */
	record Letter(MailSummary summary, List<String> notes) {
	}

	private final MailMessages messages;

	private final MailNotes notes;

	MailboxController(MailMessages messages, MailNotes notes) {
		this.messages = messages;
		this.notes = notes;
	}

	@GetMapping("/mailbox")
	@Transactional(readOnly = true)
	String showLetters(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE);
		Page<MailSummary> letters;
		if (user.is(Role.REGISTRAR)) {
			letters = this.messages.summaries(request);
		}
		else if (user.is(Role.DEANS_OFFICE) && user.schoolCode() != null) {
			letters = this.messages.summariesOfSchool(user.schoolCode(), request);
		}
		else {
			letters = Page.empty(request);
		}
		model.addAttribute("page", letters);
		model.addAttribute("letters", letters.getContent()
			.stream()
			.map(summary -> new Letter(summary,
					summary.notes() == null ? List.of() : this.notes.render(MailNote.decode(summary.notes()), locale)))
			.toList());
		return "mailbox/list";
	}

	@GetMapping("/mailbox/{id}/original")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> downloadOriginal(@PathVariable UUID id, CurrentUser user) {
		MailMessage message = this.messages.findById(id)
			.filter(found -> user.is(Role.REGISTRAR)
					|| user.is(Role.DEANS_OFFICE) && user.servesSchool(found.schoolCode()))
			.orElseThrow(() -> new NotFound("mailbox.notFound"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("message/rfc822"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("letter-" + message.id() + ".eml").build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(message.raw());
	}

}

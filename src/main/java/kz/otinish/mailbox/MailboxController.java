package kz.otinish.mailbox;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import kz.otinish.appeal.Appeal;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

	/** The letter as the linking page shows it. */
	record LinkedLetter(UUID id, @Nullable String sender, @Nullable String subject, java.time.Instant receivedAt) {
	}

	private final MailMessages messages;

	private final MailNotes notes;

	private final MailboxDesk desk;

	private final Accounts accounts;

	MailboxController(MailMessages messages, MailNotes notes, MailboxDesk desk, Accounts accounts) {
		this.messages = messages;
		this.notes = notes;
		this.desk = desk;
		this.accounts = accounts;
	}

	@GetMapping("/mailbox")
	@Transactional(readOnly = true)
	String showLetters(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		PageRequest request = kz.otinish.shared.Paging.of(page, PAGE_SIZE);
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

	/**
	 * INT-2a: the registrar links the letter's appeal to a known applicant, or re-links
	 * it when the sender's address named the wrong account or none. The search answers
	 * htmx requests with the same page (the results are picked by {@code hx-select}).
	 */
	@GetMapping("/mailbox/{id}/applicant")
	String showLink(@PathVariable UUID id, CurrentUser user, @RequestParam(required = false) @Nullable String q,
			Model model) {
		return linkPage(this.desk.letter(id, user), user, q, model);
	}

	@PostMapping("/mailbox/{id}/applicant")
	String processLink(@PathVariable UUID id, CurrentUser user, @RequestParam String username, Model model,
			RedirectAttributes redirect) {
		MailMessage letter = this.desk.letter(id, user);
		try {
			this.desk.link(id, username, user);
		}
		catch (Refused refused) {
			model.addAttribute("problem", refused.messageKey());
			model.addAttribute("problemArguments", refused.arguments());
			return linkPage(letter, user, null, model);
		}
		redirect.addFlashAttribute("linked", true);
		return "redirect:/mailbox/" + id + "/applicant";
	}

	/**
	 * TERM-5: the registrar names the sender with a reply address; the letter becomes a
	 * named appeal. Bad input comes back on the same page, the field named.
	 */
	@PostMapping("/mailbox/{id}/sender")
	String processIdentify(@PathVariable UUID id, CurrentUser user, @RequestParam(defaultValue = "") String fullName,
			@RequestParam(defaultValue = "") String replyAddress, Model model, RedirectAttributes redirect) {
		MailMessage letter = this.desk.letter(id, user);
		try {
			this.desk.identify(id, fullName, replyAddress, user);
		}
		catch (Refused refused) {
			model.addAttribute("problem", refused.messageKey());
			model.addAttribute("problemArguments", refused.arguments());
			model.addAttribute("problemField", fullName.isBlank() ? "fullName" : "replyAddress");
			model.addAttribute("typedName", fullName);
			model.addAttribute("typedAddress", replyAddress);
			return linkPage(letter, user, null, model);
		}
		redirect.addFlashAttribute("identified", true);
		return "redirect:/mailbox/" + id + "/applicant";
	}

	private String linkPage(MailMessage letter, CurrentUser user, @Nullable String q, Model model) {
		Appeal appeal = this.desk.appeal(letter, user);
		model.addAttribute("letter",
				new LinkedLetter(letter.id(), letter.sender(), letter.subject(), letter.receivedAt()));
		model.addAttribute("appeal", appeal);
		model.addAttribute("linkedAccount", this.desk.linkedAccount(appeal).orElse(null));
		model.addAttribute("bySender", letter.sender() == null ? null
				: this.accounts.byEmail(letter.sender()).filter(found -> found.role().isApplicant()).orElse(null));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("found", q == null ? List.of() : this.desk.findApplicants(q, user));
		return "mailbox/link";
	}

}

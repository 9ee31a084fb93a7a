package kz.otinish.appeal.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFilter;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.Attachment;
import kz.otinish.appeal.Channel;
import kz.otinish.audit.AuditTrail;
import kz.otinish.identity.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Reading appeals: one appeal's page, the applicant's own list, the desk and the triage queue. */
@Controller
class AppealPagesController {

	static final int PAGE_SIZE = 25;

	private final AppealManagement appeals;

	private final AuditTrail audit;

	AppealPagesController(AppealManagement appeals, AuditTrail audit) {
		this.appeals = appeals;
		this.audit = audit;
	}

	@GetMapping("/appeals/{id}")
	String showAppeal(@PathVariable UUID id, CurrentUser user, Model model) {
		Appeal appeal = this.appeals.get(id, user);
		model.addAttribute("appeal", appeal);
		model.addAttribute("attachments", this.appeals.attachments(appeal));
		model.addAttribute("timeline", this.audit.of(appeal.id()));
		return "appeal/show";
	}

	@GetMapping("/appeals/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> downloadAttachment(@PathVariable UUID id, @PathVariable UUID attachmentId,
			CurrentUser user) {
		Attachment file = this.appeals.attachment(id, attachmentId, user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@GetMapping("/appeals/mine")
	String showMine(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.appeals.list(AppealFilter.none(),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "receivedAt")), user));
		return "appeal/mine";
	}

	@GetMapping("/appeals")
	String showList(CurrentUser user, @RequestParam(required = false) @Nullable AppealStatus status,
			@RequestParam(required = false) @Nullable AppealKind kind,
			@RequestParam(required = false) @Nullable Channel channel, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Page<Appeal> found = this.appeals.list(new AppealFilter(status, kind, null, channel),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "receivedAt")), user);
		model.addAttribute("page", found);
		model.addAttribute("statuses", AppealStatus.values());
		model.addAttribute("kinds", AppealKind.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("status", status);
		model.addAttribute("kind", kind);
		model.addAttribute("channel", channel);
		return "appeal/list";
	}

	/** The registrar's desk: appeals awaiting registration, oldest first (INT-1, INT-5: no reject). */
	@GetMapping("/desk")
	String showDesk(CurrentUser user, Model model) {
		model.addAttribute("awaiting", this.appeals.awaitingRegistration(user));
		return "appeal/desk";
	}

	@PostMapping("/appeals/{id}/register")
	String register(@PathVariable UUID id, CurrentUser user) {
		this.appeals.register(id, user);
		return "redirect:/appeals/" + id + "?registered";
	}

	/** The dean's triage queue: registered appeals of the school, the nearest due date first. */
	@GetMapping("/triage")
	String showTriage(CurrentUser user, Model model) {
		List<Appeal> queue = java.util.stream.Stream.of(AppealStatus.REGISTERED, AppealStatus.IN_TRIAGE)
			.flatMap(status -> this.appeals.list(AppealFilter.status(status), PageRequest.of(0, 500), user).stream())
			.sorted(Comparator.comparing((Appeal appeal) -> appeal.dueOn().orElse(java.time.LocalDate.MAX)))
			.toList();
		model.addAttribute("queue", queue);
		return "appeal/triage";
	}

}

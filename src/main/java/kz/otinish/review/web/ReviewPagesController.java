package kz.otinish.review.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.IncomingFile;
import kz.otinish.identity.CurrentUser;
import kz.otinish.review.ConflictOfInterest;
import kz.otinish.review.Finding;
import kz.otinish.review.MemberKind;
import kz.otinish.review.ReviewView;
import kz.otinish.review.Reviews;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The appeal's review page: routing, subjects, REV-11, the commission, verification,
 * findings, the decision and its measures. The meetings are
 * {@link MeetingPagesController}'s.
 */
@Controller
class ReviewPagesController {

	private final Reviews reviews;

	private final AppealManagement appeals;

	private final Clock clock;

	private final MessageSource messages;

	private final ConflictOfInterest conflicts;

	ReviewPagesController(Reviews reviews, AppealManagement appeals, Clock clock, MessageSource messages,
			ConflictOfInterest conflicts) {
		this.conflicts = conflicts;
		this.reviews = reviews;
		this.appeals = appeals;
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * Bad input in a per-row form: the review page again, the row's error summary and its
	 * field marked, what was typed kept.
	 */
	private String rowError(UUID id, CurrentUser user, Model model, UUID rowId, String field, String anchor,
			Refused refused, Map<String, String> typed) {
		model.addAttribute("rowError", new RowError(rowId, field, anchor,
				this.messages.getMessage(refused.messageKey(), refused.arguments(), LocaleContextHolder.getLocale()),
				typed));
		return page(this.appeals.get(id, user), user, model);
	}

	// ------------------------------------------------------------------ the appeal's
	// review

	@GetMapping("/appeals/{id}/review")
	String showReview(@PathVariable UUID id, CurrentUser user, Model model) {
		return page(this.appeals.get(id, user), user, model);
	}

	private String page(Appeal appeal, CurrentUser user, Model model) {
		ReviewView review = this.reviews.review(appeal.id(), user);
		model.addAttribute("appeal", appeal);
		model.addAttribute("review", review);
		model.addAttribute("routing", this.reviews.routingOptions(appeal, user));
		model.addAttribute("routedBody",
				review.routing() == null ? null
						: this.reviews.bodiesFor(appeal)
							.stream()
							.filter(body -> body.code().equals(review.routing().bodyCode()))
							.findFirst()
							.orElse(null));
		model.addAttribute("subjects", this.appeals.subjects(appeal.id()));
		boolean triage = this.appeals.triageOptions(appeal, user).canReturn();
		model.addAttribute("canRecordSubject", triage || this.appeals.triageOptions(appeal, user).canMarkRepeated());
		model.addAttribute("canTerminate", triage && appeal.earlierAppealId() != null);
		model.addAttribute("canFormCommission", this.reviews.canFormCommission(appeal, user));
		model.addAttribute("mandatoryKinds", this.reviews.mandatoryKinds(appeal));
		Map<String, List<String>> choices = new LinkedHashMap<>();
		this.reviews.memberChoices(appeal).forEach((kind, names) -> choices.put(kind.name(), names));
		model.addAttribute("memberChoices", choices);
		boolean handle = appeal.status() == AppealStatus.IN_REVIEW && this.reviews.canHandle(user, appeal);
		model.addAttribute("canHandle", handle);
		model.addAttribute("canTrack", this.reviews.canHandle(user, appeal));
		model.addAttribute("findings", Finding.values());
		model.addAttribute("today", LocalDate.now(this.clock));
		var routing = this.reviews.routingOptions(appeal, user);
		model.asMap()
			.putIfAbsent("routeForm",
					new ReviewForms.Route(routing.suggested() == null ? "" : routing.suggested().code(), ""));
		model.asMap().putIfAbsent("subjectForm", new ReviewForms.Subject("", ""));
		boolean reassign = this.reviews.canReassign(appeal, user);
		model.addAttribute("canReassign", reassign);
		if (reassign) {
			model.addAttribute("reassignBodies",
					appeal.status() == AppealStatus.IN_REVIEW ? this.reviews.bodiesFor(appeal)
							: this.reviews.bodiesFor(appeal)
								.stream()
								.filter(body -> appeal.routedBody().map(body.code()::equals).orElse(false))
								.toList());
			model.addAttribute("reassignExecutors", this.reviews.executors(appeal));
			model.asMap()
				.putIfAbsent("reassignForm", new ReviewForms.Reassign(appeal.routedBody().orElse(""),
						appeal.executorAccount().orElse(""), ""));
		}
		model.asMap().putIfAbsent("terminateForm", new ReviewForms.Terminate("", ""));
		Map<MemberKind, String> suggested = this.reviews.suggestedMembers(appeal);
		model.asMap()
			.putIfAbsent("commissionForm",
					new ReviewForms.Commission("", LocalDate.now(this.clock), suggested.get(MemberKind.YOUTH_POLICY),
							suggested.get(MemberKind.STUDENT_DEANS_OFFICE), suggested.get(MemberKind.ETHICS_COUNCIL),
							suggested.get(MemberKind.TRADE_UNION), suggested.get(MemberKind.EPC),
							suggested.get(MemberKind.QAC), suggested.get(MemberKind.LEGAL), ""));
		model.asMap()
			.putIfAbsent("requestForm", new ReviewForms.Request("", "", LocalDate.now(this.clock).plusDays(3)));
		model.asMap().putIfAbsent("argumentForm", new ReviewForms.Argument(""));
		return "review/appeal";
	}

	private String handle(UUID id, CurrentUser user, BindingResult result, Model model, Runnable action) {
		if (!result.hasErrors()) {
			try {
				action.run();
				return "redirect:/appeals/" + id + "/review";
			}
			catch (Refused ex) {
				result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		return page(this.appeals.get(id, user), user, model);
	}

	/** REV-1..REV-5. */
	@PostMapping("/appeals/{id}/review/route")
	String processRoute(@PathVariable UUID id, CurrentUser user,
			@Valid @ModelAttribute("routeForm") ReviewForms.Route form, BindingResult result, Model model) {
		return handle(id, user, result, model,
				() -> this.reviews.route(id, form.bodyCode(), form.executorAccount(), user));
	}

	/** REV-1, corrected: another body and/or executor, with a reason. */
	@PostMapping("/appeals/{id}/review/reassignment")
	String processReassign(@PathVariable UUID id, CurrentUser user,
			@Valid @ModelAttribute("reassignForm") ReviewForms.Reassign form, BindingResult result, Model model) {
		return handle(id, user, result, model,
				() -> this.reviews.reassign(id, form.bodyCode(), form.executorAccount(), form.reason(), user));
	}

	/** Conflict of interest. */
	@PostMapping("/appeals/{id}/review/subjects")
	String processSubject(@PathVariable UUID id, CurrentUser user,
			@Valid @ModelAttribute("subjectForm") ReviewForms.Subject form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				this.reviews.recordSubject(id, form.fullName(), form.account(), user);
				// the person recording may no longer handle it (the dean recording
				// themselves)
				return "redirect:/appeals/" + id + "/review?subjectRecorded";
			}
			catch (Refused ex) {
				result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		return page(this.appeals.get(id, user), user, model);
	}

	/**
	 * Conflict of interest: the directory the subject is chosen from (an htmx fragment of
	 * the subject form).
	 */
	@GetMapping("/appeals/{id}/review/subjects/directory")
	String showSubjectDirectory(@PathVariable UUID id, @RequestParam(name = "q", defaultValue = "") String query,
			CurrentUser user, Model model) {
		model.addAttribute("subjectFound", this.conflicts.subjectDirectory(id, query, user));
		model.addAttribute("subjectQuery", query);
		return "review/appeal :: subjectResults";
	}

	/** REV-11. */
	@PostMapping("/appeals/{id}/review/terminate")
	String processTerminate(@PathVariable UUID id, CurrentUser user,
			@Valid @ModelAttribute("terminateForm") ReviewForms.Terminate form, BindingResult result, Model model) {
		return handle(id, user, result, model,
				() -> this.reviews.terminateRepeated(id, form.materialsReference(), form.answerReference(), user));
	}

	/** REV-6: refused without a mandatory member; the form keeps what was typed. */
	@PostMapping("/appeals/{id}/review/commission")
	String processCommission(@PathVariable UUID id, CurrentUser user,
			@Valid @ModelAttribute("commissionForm") ReviewForms.Commission form, BindingResult result, Model model) {
		return handle(id, user, result, model, () -> this.reviews.formCommission(id, form.toCommand(), user));
	}

	/** REV-7. */
	@PostMapping("/appeals/{id}/review/requests")
	String processRequest(@PathVariable UUID id, CurrentUser user,
			@Valid @ModelAttribute("requestForm") ReviewForms.Request form, BindingResult result, Model model) {
		return handle(id, user, result, model, () -> this.reviews.requestDocuments(id, form.unitName(), form.text(),
				Objects.requireNonNull(form.dueOn()), user));
	}

	/** REV-7: the response and its file. */
	@PostMapping("/appeals/{id}/review/requests/{requestId}/response")
	String processResponse(@PathVariable UUID id, @PathVariable UUID requestId, CurrentUser user,
			@RequestParam(defaultValue = "") String note, @RequestParam(required = false) @Nullable MultipartFile file,
			Model model) throws IOException {
		IncomingFile incoming = file == null || file.isEmpty() ? null
				: new IncomingFile(String.valueOf(file.getOriginalFilename()), file.getBytes());
		try {
			this.reviews.attachResponse(requestId, note, incoming, user);
		}
		catch (Refused ex) {
			return rowError(id, user, model, requestId, "note", "note-" + requestId, ex, Map.of("note", note));
		}
		return "redirect:/appeals/" + id + "/review";
	}

	@GetMapping("/appeals/{id}/review/requests/{requestId}/file")
	ResponseEntity<byte[]> downloadResponse(@PathVariable UUID id, @PathVariable UUID requestId, CurrentUser user) {
		kz.otinish.review.ResponseFile file = this.reviews.responseFile(id, requestId, user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	/** REV-12. */
	@PostMapping("/appeals/{id}/review/arguments")
	String processArgument(@PathVariable UUID id, CurrentUser user,
			@Valid @ModelAttribute("argumentForm") ReviewForms.Argument form, BindingResult result, Model model) {
		return handle(id, user, result, model, () -> this.reviews.addArgument(id, form.argument(), user));
	}

	/**
	 * REV-12: a finding; bad input (no finding, no grounds) shows the error in the row,
	 * keeping what was typed.
	 */
	@PostMapping("/appeals/{id}/review/arguments/{argumentId}/finding")
	String processFinding(@PathVariable UUID id, @PathVariable UUID argumentId, CurrentUser user,
			@RequestParam(required = false) @Nullable String finding, @RequestParam(defaultValue = "") String grounds,
			Model model) {
		Finding chosen = Arrays.stream(Finding.values())
			.filter(candidate -> candidate.name().equals(finding))
			.findFirst()
			.orElse(null);
		Map<String, String> typed = Map.of("finding", chosen == null ? "" : chosen.name(), "grounds", grounds);
		String findingAnchor = "finding-" + argumentId + "-" + Finding.values()[0];
		if (chosen == null) {
			return rowError(id, user, model, argumentId, "finding", findingAnchor,
					new Refused("review.finding.missing"), typed);
		}
		try {
			this.reviews.recordFinding(id, argumentId, chosen, grounds, user);
		}
		catch (Refused ex) {
			boolean aboutGrounds = ex.messageKey().contains("grounds");
			return rowError(id, user, model, argumentId, aboutGrounds ? "grounds" : "finding",
					aboutGrounds ? "grounds-" + argumentId : findingAnchor, ex, typed);
		}
		return "redirect:/appeals/" + id + "/review";
	}

	/** REV-8, REV-10: done, with a note. */
	@PostMapping("/appeals/{id}/review/actions/{actionId}/done")
	String processDone(@PathVariable UUID id, @PathVariable UUID actionId, CurrentUser user,
			@RequestParam(defaultValue = "") String note, Model model) {
		try {
			this.reviews.completeAction(actionId, note, user);
		}
		catch (Refused ex) {
			return rowError(id, user, model, actionId, "note", "done-" + actionId, ex, Map.of("note", note));
		}
		return "redirect:/appeals/" + id + "/review";
	}

	static List<MemberKind> kinds() {
		return Arrays.asList(MemberKind.values());
	}

}

package kz.otinish.answer.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import kz.otinish.answer.AnswerManagement;
import kz.otinish.answer.Verdict;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.Refused;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The answer page of an appeal (draft, approval or rework, delivery, closing) and the
 * applicant's verdict page (agree, or a DL-4 complaint).
 */
@Controller
class AnswerController {

	private final AnswerManagement answers;

	private final AppealManagement appeals;

	private final AnswerPages pages;

	private final Clock clock;

	AnswerController(AnswerManagement answers, AppealManagement appeals, AnswerPages pages, Clock clock) {
		this.answers = answers;
		this.appeals = appeals;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/appeals/{id}/answer")
	String showAnswer(@PathVariable UUID id, CurrentUser user, Model model) {
		if (user.role().isApplicant()) {
			// the drafts and their review are internal; the applicant sees the delivered
			// answer
			return "redirect:/appeals/" + id + "/verdict";
		}
		return page(id, user, model);
	}

	private String page(UUID id, CurrentUser user, Model model) {
		Appeal appeal = this.appeals.get(id, user);
		AnswerManagement.AnswerOptions options = this.answers.options(appeal, user);
		model.addAttribute("appeal", appeal);
		model.addAttribute("options", options);
		var drafts = this.answers.drafts(id);
		var delivery = this.answers.delivery(id);
		model.addAttribute("drafts", drafts);
		model.addAttribute("approved", this.answers.approvedAnswer(id).orElse(null));
		model.addAttribute("delivery", delivery.orElse(null));
		model.addAttribute("answerPage", this.pages.of(appeal, options, delivery.isPresent(), !drafts.isEmpty()));
		model.addAttribute("verdicts", this.answers.verdicts(id));
		model.addAttribute("origin", this.answers.complaintOrigin(id).orElse(null));
		model.addAttribute("methods", options.recipient().methods());
		model.addAttribute("higherOfficial", this.answers.higherOfficial(appeal).orElse(null));
		model.asMap()
			.putIfAbsent("draftForm",
					new AnswerForms.Draft(this.answers.latestDraft(id)
						.map(draft -> draft.text())
						.orElseGet(() -> options.canWriteDraft() ? this.answers.template(appeal) : "")));
		model.asMap().putIfAbsent("reworkForm", new AnswerForms.Rework(""));
		model.asMap()
			.putIfAbsent("deliveryForm",
					AnswerForms.Delivery.startingOn(LocalDate.now(this.clock), appeal.applicant().address()));
		return "answer/show";
	}

	@PostMapping("/appeals/{id}/answer/draft")
	String submitDraft(@PathVariable UUID id, CurrentUser user,
			@Valid @ModelAttribute("draftForm") AnswerForms.Draft form, BindingResult result, Model model) {
		return act(id, user, model, result, () -> this.answers.submitDraft(id, form.text(), user));
	}

	@PostMapping("/appeals/{id}/answer/approve")
	String approve(@PathVariable UUID id, CurrentUser user, Model model) {
		this.answers.approve(id, user);
		return "redirect:/appeals/" + id + "/answer";
	}

	@PostMapping("/appeals/{id}/answer/return")
	String returnForRework(@PathVariable UUID id, CurrentUser user,
			@Valid @ModelAttribute("reworkForm") AnswerForms.Rework form, BindingResult result, Model model) {
		return act(id, user, model, result, () -> this.answers.returnForRework(id, form.reason(), user));
	}

	@PostMapping("/appeals/{id}/answer/delivery")
	String recordDelivery(@PathVariable UUID id, CurrentUser user,
			@Valid @ModelAttribute("deliveryForm") AnswerForms.Delivery form, BindingResult result, Model model) {
		return act(id, user, model, result, () -> this.answers.recordDelivery(id, form.toRecord(), user));
	}

	@PostMapping("/appeals/{id}/answer/close")
	String close(@PathVariable UUID id, CurrentUser user) {
		this.answers.close(id, user);
		return "redirect:/appeals/" + id + "/answer";
	}

	private String act(UUID id, CurrentUser user, Model model, BindingResult result, Supplier<?> action) {
		if (!result.hasErrors()) {
			try {
				action.get();
				return "redirect:/appeals/" + id + "/answer";
			}
			catch (Refused ex) {
				result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		return page(id, user, model);
	}

	// --- the applicant (portal, "My appeals")

	/**
	 * The applicant's answer page; with {@code agree} it asks to confirm the agreement,
	 * which closes the appeal and cannot be undone, and says what remains possible.
	 */
	@GetMapping("/appeals/{id}/verdict")
	String showVerdict(@PathVariable UUID id, @RequestParam(required = false) @Nullable String agree, CurrentUser user,
			Model model) {
		model.addAttribute("confirmAgree", agree != null);
		return verdictPage(id, user, model);
	}

	private String verdictPage(UUID id, CurrentUser user, Model model) {
		Appeal appeal = this.appeals.get(id, user);
		AnswerManagement.AnswerOptions options = this.answers.options(appeal, user);
		var delivery = this.answers.delivery(id);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate windowEnds = delivery.map(found -> found.complaintUntil())
			.orElseGet(() -> appeal.dueOn().map(due -> this.answers.complaintWindowEnd(due.plusDays(1))).orElse(today));
		model.addAttribute("appeal", appeal);
		model.addAttribute("options", options);
		model.addAttribute("delivery", delivery.orElse(null));
		model.addAttribute("answer", delivery.flatMap(found -> this.answers.approvedAnswer(id)).orElse(null));
		model.addAttribute("verdicts", this.answers.verdicts(id));
		model.addAttribute("windowEnds", windowEnds);
		model.addAttribute("late", today.isAfter(windowEnds));
		model.addAttribute("higherOfficial", this.answers.higherOfficial(appeal).orElse(null));
		model.asMap().putIfAbsent("complaintForm", new AnswerForms.Complaint("", null));
		model.asMap().putIfAbsent("confirmAgree", false);
		return "answer/verdict";
	}

	@PostMapping("/appeals/{id}/verdict/agree")
	String agree(@PathVariable UUID id, CurrentUser user) {
		this.answers.agree(id, user);
		return "redirect:/appeals/" + id + "/verdict";
	}

	@PostMapping("/appeals/{id}/verdict/complaint")
	String complain(@PathVariable UUID id, CurrentUser user,
			@Valid @ModelAttribute("complaintForm") AnswerForms.Complaint form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				Appeal appeal = this.appeals.get(id, user);
				Verdict verdict = this.answers.options(appeal, user).canComplainOfInaction()
						? this.answers.complainOfInaction(id, form.text(), form.lateReason(), user)
						: this.answers.disagree(id, form.text(), form.lateReason(), user);
				return "redirect:/appeals/" + verdict.complaintAppealId() + "?complaint";
			}
			catch (Refused ex) {
				result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		return verdictPage(id, user, model);
	}

}

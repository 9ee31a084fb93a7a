package kz.otinish.intake.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealAccessPolicy;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.IdentityDocument;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.Language;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The registrar's desk for written applications handed in person (INT-6): find the
 * applicant or type their details, record the identity document shown, attach the scan,
 * record when it was received, register, print the receipt. There is no "reject" (INT-5).
 */
@Controller
class DeskController {

	private final AppealManagement appeals;

	private final AppealAccessPolicy policy;

	private final Accounts accounts;

	private final FormOptions options;

	private final Clock clock;

	private final kz.otinish.appeal.AppealLists lists;

	DeskController(AppealManagement appeals, AppealAccessPolicy policy, Accounts accounts, FormOptions options,
			Clock clock, kz.otinish.appeal.AppealLists lists) {
		this.lists = lists;
		this.appeals = appeals;
		this.policy = policy;
		this.accounts = accounts;
		this.options = options;
		this.clock = clock;
	}

	/** The desk's messages address the registrar, not the applicant. */
	@InitBinder("appealForm")
	void speakToTheRegistrar(WebDataBinder binder) {
		binder.setMessageCodesResolver(new DeskMessageCodes());
	}

	@ModelAttribute
	void options(Model model, Locale locale) {
		this.options.addTo(model, locale);
	}

	@GetMapping("/desk/paper")
	String initPaperForm(CurrentUser user, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String applicant, Locale locale, Model model) {
		requireDesk(user);
		CurrentUser chosen = applicant == null ? null : this.accounts.byUsername(applicant).orElse(null);
		PaperForm form = PaperForm.startingAt(this.clock.instant(), this.clock.getZone(), chosen, Language.of(locale));
		if (chosen == null && user.schoolCode() != null) {
			form.setSchoolCode(user.schoolCode());
		}
		model.addAttribute("appealForm", form);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("found", q == null ? List.of() : this.accounts.findApplicants(q, 20, user));
		return "intake/paper";
	}

	@PostMapping("/desk/paper")
	String processPaperForm(CurrentUser user, @Valid @ModelAttribute("appealForm") PaperForm form, BindingResult result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model) {
		requireDesk(user);
		model.addAttribute("q", "");
		model.addAttribute("found", List.of());
		form.validateAppendix(result);
		if (result.hasErrors()) {
			return "intake/paper";
		}
		try {
			Appeal appeal = this.appeals.receiveOnPaper(
					form.toNewAppeal(Channel.PAPER, form.getApplicantUserId(), user.fullName()),
					IdentityDocument.shown(form.getDocumentType(), form.getDocumentNumber()),
					form.receivedAt(this.clock.getZone()), PortalController.incoming(files), user, form.isConsent());
			return "redirect:/appeals/" + appeal.id() + "/receipt";
		}
		catch (Refused refused) {
			result.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
			return "intake/paper";
		}
	}

	/**
	 * The registrar's desk: appeals awaiting registration, oldest first (INT-1, INT-5: no
	 * reject).
	 */
	@GetMapping("/desk")
	String showDesk(CurrentUser user, Model model) {
		requireDesk(user);
		model.addAttribute("awaiting", this.lists.awaitingRegistration(user));
		return "intake/desk";
	}

	@PostMapping("/appeals/{id}/register")
	String register(@PathVariable UUID id, CurrentUser user) {
		this.appeals.register(id, user);
		return "redirect:/appeals/" + id + "?registered";
	}

	/**
	 * The receipt (талон) to hand over: number, date and time, who accepted it, due date,
	 * tracking code.
	 */
	@GetMapping("/appeals/{id}/receipt")
	String showReceipt(@PathVariable UUID id, CurrentUser user, Model model) {
		model.addAttribute("appeal", this.appeals.get(id, user));
		return "intake/receipt";
	}

	private void requireDesk(CurrentUser user) {
		if (!this.policy.canUseDesk(user)) {
			throw new AccessDeniedException("the desk is for the records office and the dean's offices");
		}
	}

}

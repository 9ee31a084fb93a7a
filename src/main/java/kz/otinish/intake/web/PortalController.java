package kz.otinish.intake.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.IncomingFile;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.privacy.Consents;
import kz.otinish.shared.Language;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
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
 * The applicant portal: file an appeal (Appendix 1 or 2) and see that it was registered.
 */
@Controller
class PortalController {

	private final AppealManagement appeals;

	private final FormOptions options;

	private final Accounts accounts;

	private final Consents consents;

	PortalController(AppealManagement appeals, FormOptions options, Accounts accounts, Consents consents) {
		this.appeals = appeals;
		this.consents = consents;
		this.options = options;
		this.accounts = accounts;
	}

	@ModelAttribute
	void options(Model model, Locale locale) {
		this.options.addTo(model, locale);
		model.addAttribute("consentText", this.consents.current().in(Language.of(locale)));
	}

	@GetMapping("/appeals/new")
	String initAppealForm(CurrentUser user, Locale locale, Model model) {
		requireApplicant(user);
		model.addAttribute("appealForm", AppealForm.prefilledFor(user, Language.of(locale)));
		return "intake/new";
	}

	@PostMapping("/appeals/new")
	String processAppealForm(CurrentUser user, @Valid @ModelAttribute("appealForm") AppealForm form,
			BindingResult result, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			Model model) {
		requireApplicant(user);
		// who represents whom comes from the account, never from the form
		form.setRepresentativeName(user.role() == kz.otinish.identity.Role.REPRESENTATIVE ? user.fullName() : null);
		form.validateAppendix(result);
		if (!form.isConsent()) {
			result.rejectValue("consent", "privacy.consent.required");
		}
		// a browser cannot refill a file field: name what has to be chosen again
		model.addAttribute("filesToChooseAgain", files == null ? List.of() : files.stream()
			.filter(PortalController::wasChosen)
			.map(file -> kz.otinish.appeal.AttachmentPolicy.safeName(String.valueOf(file.getOriginalFilename())))
			.toList());
		if (result.hasErrors()) {
			return "intake/new";
		}
		try {
			int version = this.consents.acceptCurrent(user);
			Appeal appeal = this.appeals.fileOnline(form.toNewAppeal(user), incoming(files), version);
			return "redirect:/appeals/" + appeal.id() + "/filed";
		}
		catch (Refused refused) {
			result.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
			return "intake/new";
		}
	}

	/**
	 * INT-7: the lead adds a co-applicant found in the directory to the group's list (an
	 * htmx fragment: the list field with the name appended, unless already listed).
	 * Without JavaScript the names are typed into the list.
	 */
	@GetMapping("/appeals/new/co-applicants/add")
	String addCoApplicant(CurrentUser user, @RequestParam String addCoApplicant,
			@RequestParam(required = false) @Nullable String coApplicants, Model model) {
		requireApplicant(user);
		AppealForm form = new AppealForm();
		form.setCoApplicants(coApplicants);
		this.accounts.byUsername(addCoApplicant)
			.filter(found -> found.role().isApplicant() && !found.id().equals(user.id()))
			.ifPresent(found -> form.addCoApplicant(found.fullName()));
		model.addAttribute("appealForm", form);
		return "intake/new :: coGroup";
	}

	/**
	 * INT-7: the directory's students and staff whose name, username or e-mail contains
	 * the query (an htmx fragment).
	 */
	@GetMapping("/appeals/new/co-applicants")
	String showCoApplicants(CurrentUser user, @RequestParam(defaultValue = "") String coSearch, Model model) {
		requireApplicant(user);
		model.addAttribute("coSearch", coSearch);
		model.addAttribute("coFound", directory(coSearch, user));
		return "intake/new :: coResults";
	}

	private List<CurrentUser> directory(String query, CurrentUser user) {
		return this.accounts.findApplicants(query, 20, user)
			.stream()
			.filter(found -> found.role() != kz.otinish.identity.Role.REPRESENTATIVE && !found.id().equals(user.id()))
			.toList();
	}

	@GetMapping("/appeals/{id}/filed")
	String showFiled(@PathVariable UUID id, CurrentUser user, Model model) {
		model.addAttribute("appeal", this.appeals.get(id, user));
		return "intake/filed";
	}

	/**
	 * Only applicants file appeals, as over the API; the directory is theirs to search.
	 */
	private static void requireApplicant(CurrentUser user) {
		if (!user.role().isApplicant()) {
			throw new AccessDeniedException("only applicants file appeals");
		}
	}

	/**
	 * Browsers send an empty, nameless part when no file was chosen; a named empty file
	 * is real.
	 */
	private static boolean wasChosen(MultipartFile file) {
		String name = file.getOriginalFilename();
		return !file.isEmpty() || name != null && !name.isBlank();
	}

	static List<IncomingFile> incoming(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter(PortalController::wasChosen).map(file -> {
			try {
				String name = file.getOriginalFilename();
				return new IncomingFile(name == null ? "file" : name, file.getBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).toList();
	}

}

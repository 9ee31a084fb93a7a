package kz.otinish.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.Refused;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * DL-2 in the UI: the extensions panel that the appeal page loads (history, notice, the
 * link to extend), and the extension page with its one form.
 */
@Controller
class ExtensionController {

	private final AppealManagement appeals;

	private final AppealExtensions extensions;

	private final Clock clock;

	ExtensionController(AppealManagement appeals, AppealExtensions extensions, Clock clock) {
		this.appeals = appeals;
		this.extensions = extensions;
		this.clock = clock;
	}

	@GetMapping("/appeals/{id}/extensions/panel")
	String showPanel(@PathVariable UUID id, CurrentUser user, Model model) {
		Appeal appeal = this.appeals.get(id, user);
		model.addAttribute("appeal", appeal);
		model.addAttribute("extensions", this.extensions.extensions(id, user));
		model.addAttribute("options", this.extensions.options(appeal, user));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("zone", this.clock.getZone());
		return "clock/panel :: extensionPanel";
	}

	@GetMapping("/appeals/{id}/extension")
	String initExtensionForm(@PathVariable UUID id, CurrentUser user, Model model) {
		model.addAttribute("extensionForm", new ExtensionForm(null, null));
		return page(id, user, model);
	}

	@PostMapping("/appeals/{id}/extension")
	String processExtensionForm(@PathVariable UUID id, CurrentUser user,
			@Valid @ModelAttribute("extensionForm") ExtensionForm form, BindingResult result, Model model) {
		if (result.hasErrors()) {
			return page(id, user, model);
		}
		try {
			this.extensions.extend(id, form.until(), form.reason(), user);
		}
		catch (Refused ex) {
			result.rejectValue("until", ex.messageKey(), ex.arguments(), ex.messageKey());
			return page(id, user, model);
		}
		return "redirect:/appeals/" + id + "?extended";
	}

	private String page(UUID id, CurrentUser user, Model model) {
		Appeal appeal = this.appeals.get(id, user);
		if (!this.appeals.canExtend(appeal, user)) {
			// DL-2 is the dean's (or the official's, or the dean's office's): others may
			// see the appeal, not this form
			throw new AccessDeniedException("appeal.extension.notAllowed");
		}
		AppealExtensions.ExtensionOptions options = this.extensions.options(appeal, user);
		if (!options.allowed()) {
			throw new Refused("appeal.extension.notAllowed");
		}
		model.addAttribute("appeal", appeal);
		model.addAttribute("options", options);
		model.addAttribute("extensions", this.extensions.extensions(id, user));
		return "clock/extend";
	}

}

package kz.otinish.identity;

import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Change my password" for local accounts. The page never sends a password back: after an
 * error the fields are empty and the messages say what to fix.
 */
@Controller
class PasswordController {

	static final String VIEW = "identity/password";

	private final Accounts accounts;

	private final PasswordPolicy policy;

	PasswordController(Accounts accounts, PasswordPolicy policy) {
		this.accounts = accounts;
		this.policy = policy;
	}

	@GetMapping("/settings/password")
	String initPasswordForm(Model model) {
		model.addAttribute("passwordForm", new PasswordForm(null, null, null));
		return page(model);
	}

	@PostMapping("/settings/password")
	String processPasswordForm(CurrentUser user, @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, Model model) {
		if (blank(form.current())) {
			result.rejectValue("current", "identity.password.currentRequired");
		}
		if (blank(form.next())) {
			result.rejectValue("next", "identity.password.newRequired");
		}
		else if (!form.next().equals(form.confirmation())) {
			result.rejectValue("confirmation", "identity.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.changePassword(user, form.current(), form.next());
				return "redirect:/settings?passwordChanged";
			}
			catch (Refused ex) {
				String field = ex.messageKey().equals("identity.password.currentWrong") ? "current" : "next";
				result.rejectValue(field, ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("minLength", this.policy.minLength());
		return VIEW;
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isEmpty();
	}

	/** The form: the current password, the new one and the new one again. */
	record PasswordForm(@Nullable String current, @Nullable String next, @Nullable String confirmation) {
	}

}

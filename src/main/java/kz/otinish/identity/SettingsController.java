package kz.otinish.identity;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;

/**
 * "My settings": the signed-in person's preferred language, used for the pages and for
 * the e-mail Otinish sends them.
 */
@Controller
class SettingsController {

	private final Accounts accounts;

	private final LocaleResolver locales;

	SettingsController(Accounts accounts, LocaleResolver locales) {
		this.accounts = accounts;
		this.locales = locales;
	}

	@GetMapping("/settings")
	String initSettingsForm(CurrentUser user, Model model) {
		model.addAttribute("settingsForm", new SettingsForm(this.accounts.preferredLanguage(user.username())));
		return page(model);
	}

	@PostMapping("/settings")
	String processSettingsForm(CurrentUser user, @Valid @ModelAttribute("settingsForm") SettingsForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (result.hasErrors()) {
			return page(model);
		}
		this.accounts.prefer(user.username(), form.language());
		this.locales.setLocale(request, response, form.language().locale());
		return "redirect:/settings?saved";
	}

	private String page(Model model) {
		model.addAttribute("languages", List.of(Language.values()));
		return "identity/settings";
	}

	/** The settings form: the preferred language. */
	record SettingsForm(@NotNull(message = "{identity.settings.languageRequired}") @Nullable Language language) {

		public @Nullable Language getLanguage() {
			return this.language;
		}

	}

}

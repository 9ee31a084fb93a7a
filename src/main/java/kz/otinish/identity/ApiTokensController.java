package kz.otinish.identity;

import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My API tokens": the signed-in person issues tokens for the API (shown once, right
 * after issuing), sees their names, first characters and dates, and revokes them.
 */
@Controller
class ApiTokensController {

	static final String PAGE = "/settings/tokens";

	private final ApiTokens tokens;

	private final Clock clock;

	ApiTokensController(ApiTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@GetMapping(PAGE)
	String showTokens(CurrentUser user, Model model) {
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenForm("", 90));
		}
		return page(user, model);
	}

	@PostMapping(PAGE)
	String processTokenForm(CurrentUser user, @Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		form.checkDays(result, this.tokens.maxDays());
		if (result.hasErrors()) {
			return page(user, model);
		}
		ApiTokens.Issued issued = this.tokens.issue(user, form.name(), form.days());
		// shown once: the secret travels to the next page only, never stored in clear
		redirect.addFlashAttribute("issuedSecret", issued.secret());
		redirect.addFlashAttribute("issuedName", issued.token().name());
		return "redirect:" + PAGE;
	}

	@PostMapping(PAGE + "/{id}/revoke")
	String revoke(CurrentUser user, @PathVariable UUID id) {
		this.tokens.revoke(user, id);
		return "redirect:" + PAGE + "?revoked";
	}

	private String page(CurrentUser user, Model model) {
		model.addAttribute("tokens", this.tokens.of(user));
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("maxDays", this.tokens.maxDays());
		return "identity/tokens";
	}

	/** A token to issue: a name that says what it is for, and for how many days. */
	record TokenForm(
			@NotBlank(message = "{identity.token.nameRequired}") @Size(max = ApiTokens.NAME_LENGTH,
					message = "{identity.token.nameTooLong}") @Nullable String name,
			@NotNull(message = "{identity.token.daysRequired}") @Min(value = 1,
					message = "{identity.token.daysRequired}") @Nullable Integer days) {

		public @Nullable String getName() {
			return this.name;
		}

		public @Nullable Integer getDays() {
			return this.days;
		}

		/** The upper bound is a setting, so it is checked here rather than annotated. */
		void checkDays(BindingResult result, int maxDays) {
			if (this.days != null && this.days > maxDays && !result.hasFieldErrors("days")) {
				result.rejectValue("days", "identity.token.daysInvalid", new Object[] { maxDays }, null);
			}
		}

	}

}

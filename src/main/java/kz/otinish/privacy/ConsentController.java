package kz.otinish.privacy;

import java.util.Locale;

import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.Language;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Consent": the signed-in person reads the current consent text, sees whether and when
 * they accepted it, and accepts it.
 */
@Controller
class ConsentController {

	private final Consents consents;

	ConsentController(Consents consents) {
		this.consents = consents;
	}

	@GetMapping("/consent")
	String showConsent(CurrentUser user, Locale locale, Model model) {
		ConsentText current = this.consents.current();
		model.addAttribute("consent", current);
		model.addAttribute("text", current.in(Language.of(locale)));
		model.addAttribute("accepted",
				this.consents.accepted(user.id())
					.stream()
					.filter(consent -> consent.version() == current.version())
					.findFirst()
					.orElse(null));
		return "privacy/consent";
	}

	@PostMapping("/consent")
	String processConsent(CurrentUser user, @RequestParam int version) {
		this.consents.accept(user, version);
		return "redirect:/consent?accepted";
	}

}

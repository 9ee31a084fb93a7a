package kz.otinish.identity;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
class SignInController {

	private final Accounts accounts;

	private final boolean showDemoAccounts;

	private final SingleSignOnConfiguration singleSignOn;

	SignInController(Accounts accounts, @Value("${otinish.demo.show-accounts:false}") boolean showDemoAccounts,
			SingleSignOnConfiguration singleSignOn) {
		this.accounts = accounts;
		this.showDemoAccounts = showDemoAccounts;
		this.singleSignOn = singleSignOn;
	}

	@GetMapping("/sign-in")
	String showSignIn(@RequestParam java.util.Map<String, String> parameters, Model model) {
		// a refused sign-in is a page with an error: its title says so too
		// (system.FormErrorsDialect)
		java.util.List.of("error", "locked", "deactivated", "ssoError")
			.stream()
			.filter(parameters::containsKey)
			.findFirst()
			.ifPresent(problem -> model.addAttribute("problem", problem));
		if (this.showDemoAccounts) {
			model.addAttribute("demoAccounts", this.accounts.all());
		}
		model.addAttribute("singleSignOn", this.singleSignOn.signInConfigured());
		return "identity/sign-in";
	}

	/**
	 * A person signed in through the university's identity provider who has no account
	 * and no role here: told so, and refused (403) everywhere else too.
	 */
	@RequestMapping(SingleSignOnConfiguration.NO_ACCESS)
	String noAccess(HttpServletResponse response) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return "redirect:/sign-in";
		}
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return "identity/no-access";
	}

}

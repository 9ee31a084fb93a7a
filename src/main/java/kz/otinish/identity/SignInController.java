package kz.otinish.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

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
	String showSignIn(Model model) {
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
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String noAccess() {
		return "identity/no-access";
	}

}

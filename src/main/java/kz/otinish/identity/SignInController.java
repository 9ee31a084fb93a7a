package kz.otinish.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

	private final Accounts accounts;

	private final boolean showDemoAccounts;

	SignInController(Accounts accounts, @Value("${otinish.demo.show-accounts:false}") boolean showDemoAccounts) {
		this.accounts = accounts;
		this.showDemoAccounts = showDemoAccounts;
	}

	@GetMapping("/sign-in")
	String showSignIn(Model model) {
		if (this.showDemoAccounts) {
			model.addAttribute("demoAccounts", this.accounts.all());
		}
		return "identity/sign-in";
	}

}

package kz.otinish.system;

import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page, and each role's home: the one page a person needs first. */
@Controller
class HomeController {

	@GetMapping("/")
	String showStart() {
		return Accounts.current().isPresent() ? "redirect:/home" : "system/start";
	}

	@GetMapping("/home")
	String showHome(CurrentUser user) {
		return "redirect:" + homeOf(user);
	}

	static String homeOf(CurrentUser user) {
		return switch (user.role()) {
			case STUDENT, STAFF, REPRESENTATIVE -> "/appeals/mine";
			case REGISTRAR, DEANS_OFFICE -> "/desk";
			case DEAN, OFFICIAL -> "/triage";
			// a body's secretary and members work from their meetings and agenda
			case BODY_SECRETARY, BODY_MEMBER -> "/meetings";
			case MODERATOR -> "/blog/moderation";
			case ANALYST -> "/statistics";
			case ADMIN -> "/admin/calendar";
		};
	}

}

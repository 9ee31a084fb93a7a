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
			// the staff start from what waits for their action
			case REGISTRAR, DEANS_OFFICE, DEAN, OFFICIAL, BODY_SECRETARY, BODY_MEMBER -> "/work";
			case MODERATOR -> "/blog/moderation";
			case ANALYST -> "/statistics";
			case ADMIN -> "/admin/calendar";
		};
	}

}

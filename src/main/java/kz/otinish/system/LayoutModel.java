package kz.otinish.system;

import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: who is signed in. */
@ControllerAdvice
class LayoutModel {

	@ModelAttribute("currentUser")
	@Nullable CurrentUser currentUser() {
		return Accounts.current().orElse(null);
	}

}

package kz.otinish.notification;

import kz.otinish.identity.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** A person's notifications. */
@Controller
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String showNotifications(CurrentUser user, Model model) {
		model.addAttribute("notifications", this.notifications.of(user.username(), 100));
		return "notification/list";
	}

	@PostMapping("/notifications/read")
	String markRead(CurrentUser user) {
		this.notifications.markAllRead(user.username());
		return "redirect:/notifications";
	}

}

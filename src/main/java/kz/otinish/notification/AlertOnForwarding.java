package kz.otinish.notification;

import java.util.List;
import java.util.Objects;

import kz.otinish.appeal.AppealForwarded;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * INT-4: when an anonymous report is forwarded to a state body, the responsible officials
 * (the rector and vice-rectors, and the school's dean) are alerted at once, in the app
 * and by e-mail. The listener runs from the event publication registry, so a failure is
 * retried, not lost.
 */
@Component
class AlertOnForwarding {

	private final Accounts accounts;

	private final Notifications notifications;

	private final MailOut mail;

	private final NoticeGuard guard;

	AlertOnForwarding(Accounts accounts, Notifications notifications, MailOut mail, NoticeGuard guard) {
		this.accounts = accounts;
		this.notifications = notifications;
		this.mail = mail;
		this.guard = guard;
	}

	@ApplicationModuleListener
	void on(AppealForwarded event) {
		String number = Objects.requireNonNullElse(event.registrationNumber(), "—");
		List<NoticeArgument> arguments = List.of(NoticeArgument.text(number), NoticeArgument.text(event.stateBody()),
				NoticeArgument.text(event.outgoingNumber()));
		String link = "/appeals/" + event.appealId();
		for (CurrentUser official : responsible(event)) {
			this.notifications.notify(official.username(), "notification.forwarded", arguments, link);
			this.mail.send(official, "notification.forwarded", arguments, link);
		}
	}

	private List<CurrentUser> responsible(AppealForwarded event) {
		return this.accounts.all()
			.stream()
			.filter(user -> user.is(Role.OFFICIAL) || user.is(Role.DEAN) && user.servesSchool(event.schoolCode()))
			.filter(user -> this.guard.mayHear(event.appealId(), user))
			.toList();
	}

}

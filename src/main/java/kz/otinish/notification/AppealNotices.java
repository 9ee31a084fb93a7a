package kz.otinish.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealDecided;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealRegistered;
import kz.otinish.appeal.AppealRouted;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.Registration;
import kz.otinish.clock.AppealExtended;
import kz.otinish.clock.AppealExtensions;
import kz.otinish.clock.Recipient;
import kz.otinish.clock.ReminderDue;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;

import java.time.Clock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people what happened to an appeal, in the app and by e-mail in the recipient's
 * language: the applicant in the appeal's language on registration, routing to a body, an
 * extension (DL-2) and a decision; the executor on routing; executors, deans and higher
 * officials on the deadline watch's reminders. Every listener runs from the event
 * publication registry: a failed send throws, the publication stays incomplete and is
 * resubmitted, never lost. E-mail appeals are acknowledged by the mailbox module, so
 * their registration is not mailed twice.
 */
@Component
class AppealNotices {

	private final AppealManagement appeals;

	private final AppealExtensions extensions;

	private final Accounts accounts;

	private final Notifications notifications;

	private final MailOut mail;

	private final NoticeGuard guard;

	private final Clock clock;

	AppealNotices(AppealManagement appeals, AppealExtensions extensions, Accounts accounts, Notifications notifications,
			MailOut mail, NoticeGuard guard, Clock clock) {
		this.appeals = appeals;
		this.extensions = extensions;
		this.accounts = accounts;
		this.notifications = notifications;
		this.mail = mail;
		this.guard = guard;
		this.clock = clock;
	}

	/** TERM-7: the applicant learns the number and the due date (e-mail: the mailbox). */
	// e-mail appeals are acknowledged by the mailbox: they get no publication here
	@ApplicationModuleListener(condition = "#event.channel().name() != 'EMAIL'")
	void on(AppealRegistered event) {
		if (event.channel() == Channel.EMAIL) {
			return;
		}
		this.appeals.find(event.appealId())
			.ifPresent(appeal -> toApplicant(appeal, "notification.registered",
					List.of(NoticeArgument.text(event.registrationNumber()), NoticeArgument.day(appeal.dueOn()))));
	}

	/** REV-1: the applicant learns the body; the executor learns the task. */
	@ApplicationModuleListener
	void on(AppealRouted event) {
		this.appeals.find(event.appealId()).ifPresent(appeal -> {
			// the applicant learns the body by name; the executor is staff's business
			toApplicant(appeal, "notification.routed",
					List.of(NoticeArgument.text(number(appeal)), NoticeArgument.body(event.body())));
			this.accounts.byUsername(event.executorAccount())
				.ifPresent(executor -> toStaff(executor.username(), executor.email(), "notification.assigned",
						List.of(NoticeArgument.text(number(appeal)), NoticeArgument.text(appeal.subject()),
								NoticeArgument.day(appeal.dueOn())),
						appeal));
		});
	}

	/** REV-8: the applicant learns the outcome in words, with the protocol. */
	@ApplicationModuleListener
	void on(AppealDecided event) {
		this.appeals.find(event.appealId())
			.ifPresent(appeal -> toApplicant(appeal, "notification.decided." + event.outcome().name(),
					List.of(NoticeArgument.text(number(appeal)), NoticeArgument.text(event.protocolNumber()),
							NoticeArgument.day(event.protocolDate()))));
	}

	/** DL-2: the applicant hears of the extension now; the notice is recorded as sent. */
	@ApplicationModuleListener
	void on(AppealExtended event) {
		Optional<Appeal> found = this.appeals.find(event.appealId());
		if (found.isEmpty()) {
			return;
		}
		Appeal appeal = found.get();
		toApplicant(appeal, "notification.extended",
				List.of(NoticeArgument.text(number(appeal)), NoticeArgument.day(event.previousDue()),
						NoticeArgument.day(event.newDue()), NoticeArgument.text(event.reason())));
		this.extensions.noticeSent(event.extensionId(), this.clock.instant());
	}

	@ApplicationModuleListener
	void on(ReminderDue event) {
		String key = "notification.reminder." + event.kind().name();
		String number = event.registrationNumber() == null ? "—" : event.registrationNumber();
		LocalDate due = event.dueOn();
		List<NoticeArgument> arguments = List.of(NoticeArgument.text(number), NoticeArgument.text(event.subject()),
				NoticeArgument.text(String.valueOf(event.point())), NoticeArgument.day(due));
		String link = "/appeals/" + event.appealId();
		for (Recipient recipient : event.recipients()) {
			if (!this.guard.mayHear(event.appealId(), recipient.account(), recipient.email())) {
				continue;
			}
			if (recipient.account() != null) {
				this.notifications.notify(recipient.account(), key, arguments, link);
			}
			this.mail.sendToStaff(recipient.account(), recipient.email(), key, arguments, link);
		}
	}

	private void toApplicant(Appeal appeal, String key, List<NoticeArgument> arguments) {
		if (appeal.anonymous()) {
			return;
		}
		String link = "/appeals/" + appeal.id();
		Optional<CurrentUser> account = applicantAccount(appeal);
		account.ifPresent(user -> this.notifications.notify(user.username(), key, arguments, link));
		String email = appeal.applicant().email();
		if (email == null || email.isBlank()) {
			email = account.map(CurrentUser::email).orElse(null);
		}
		this.mail.send(email, appeal.language().locale(), key, arguments, link);
	}

	private void toStaff(String account, @org.jspecify.annotations.Nullable String email, String key,
			List<NoticeArgument> arguments, Appeal appeal) {
		if (!this.guard.mayHear(appeal.id(), account, email)) {
			return;
		}
		String link = "/appeals/" + appeal.id();
		this.notifications.notify(account, key, arguments, link);
		this.mail.sendToStaff(account, email, key, arguments, link);
	}

	private Optional<CurrentUser> applicantAccount(Appeal appeal) {
		if (appeal.applicantUserId() == null) {
			return Optional.empty();
		}
		return this.accounts.byId(appeal.applicantUserId());
	}

	private static String number(Appeal appeal) {
		return appeal.registration().map(Registration::number).orElse(appeal.trackingCode());
	}

}

package kz.otinish.notification;

import java.util.List;
import java.util.Optional;

import kz.otinish.answer.AnswerApproved;
import kz.otinish.answer.DraftSubmitted;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealDecided;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealReassigned;
import kz.otinish.appeal.AppealRouted;
import kz.otinish.appeal.Registration;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.organization.MemberRole;
import kz.otinish.organization.Organization;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every hand-off tells the next person, in the app and by e-mail in their language: a
 * draft sent for approval goes to the one who approves it; a decision to the executor,
 * who now writes the draft; an approved answer to the school's dean's office, who
 * delivers it; an appeal routed (or re-routed) to a body to the body's secretary and
 * chair, who put it on an agenda; a reassigned appeal to its new executor. Nobody an
 * appeal is about hears of it ({@link NoticeGuard}).
 */
@Component
class AlertOnHandOff {

	private final AppealManagement appeals;

	private final Accounts accounts;

	private final Organization organization;

	private final Notifications notifications;

	private final MailOut mail;

	private final NoticeGuard guard;

	AlertOnHandOff(AppealManagement appeals, Accounts accounts, Organization organization, Notifications notifications,
			MailOut mail, NoticeGuard guard) {
		this.appeals = appeals;
		this.accounts = accounts;
		this.organization = organization;
		this.notifications = notifications;
		this.mail = mail;
		this.guard = guard;
	}

	@ApplicationModuleListener
	void on(DraftSubmitted event) {
		String link = "/appeals/" + event.appealId() + "/answer";
		tell(event.approverAccount(), event.approverEmail(), event.appealId(), "notification.work.draftSubmitted",
				List.of(NoticeArgument.text(number(event.registrationNumber())), NoticeArgument.text(event.subject())),
				link);
	}

	@ApplicationModuleListener
	void on(AppealDecided event) {
		this.appeals.find(event.appealId())
			.ifPresent(appeal -> appeal.executorAccount()
				.ifPresent(executor -> tell(executor, email(executor), appeal.id(), "notification.work.decided",
						List.of(NoticeArgument.text(number(appeal)), NoticeArgument.text(appeal.subject())),
						"/appeals/" + appeal.id() + "/answer")));
	}

	@ApplicationModuleListener
	void on(AnswerApproved event) {
		this.appeals.find(event.appealId()).ifPresent(appeal -> {
			for (CurrentUser office : this.accounts.all()) {
				if (office.is(Role.DEANS_OFFICE) && appeal.schoolCode() != null
						&& office.servesSchool(appeal.schoolCode())) {
					tell(office.username(), office.email(), appeal.id(), "notification.work.approved",
							List.of(NoticeArgument.text(number(appeal)), NoticeArgument.text(appeal.subject())),
							"/appeals/" + appeal.id() + "/answer");
				}
			}
		});
	}

	@ApplicationModuleListener
	void on(AppealRouted event) {
		this.appeals.find(event.appealId()).ifPresent(appeal -> toBody(appeal, event.body()));
	}

	@ApplicationModuleListener
	void on(AppealReassigned event) {
		this.appeals.find(event.appealId()).ifPresent(appeal -> {
			if (!event.executorAccount().equals(event.previousExecutorAccount())) {
				tell(event.executorAccount(), email(event.executorAccount()), appeal.id(), "notification.assigned",
						List.of(NoticeArgument.text(number(appeal)), NoticeArgument.text(appeal.subject()),
								NoticeArgument.day(appeal.dueOn())),
						"/appeals/" + appeal.id());
			}
			if (!event.body().equals(event.previousBody())) {
				toBody(appeal, event.body());
				toApplicant(appeal, event.body());
			}
		});
	}

	/** The applicant hears only of the new body: not the executor, not the reason. */
	private void toApplicant(Appeal appeal, String body) {
		if (appeal.anonymous()) {
			return;
		}
		java.util.Locale locale = appeal.language().locale();
		List<NoticeArgument> arguments = List.of(NoticeArgument.text(number(appeal)), NoticeArgument.body(body));
		String link = "/appeals/" + appeal.id();
		Optional<CurrentUser> account = appeal.applicantUserId() == null ? Optional.empty()
				: this.accounts.byId(appeal.applicantUserId());
		account.ifPresent(user -> this.notifications.notify(user.username(), "notification.rerouted", arguments, link));
		String email = Optional.ofNullable(appeal.applicant().email())
			.filter(address -> !address.isBlank())
			.orElse(account.map(CurrentUser::email).orElse(null));
		this.mail.send(email, locale, "notification.rerouted", arguments, link);
	}

	private void toBody(Appeal appeal, String body) {
		this.organization.membersOf(body)
			.stream()
			.filter(member -> member.account() != null
					&& (member.role() == MemberRole.SECRETARY || member.role() == MemberRole.CHAIR))
			.forEach(member -> tell(member.account(), email(member.account()), appeal.id(),
					"notification.work.routedToBody",
					List.of(NoticeArgument.text(number(appeal)), NoticeArgument.text(appeal.subject())),
					"/appeals/" + appeal.id()));
	}

	private void tell(@Nullable String account, @Nullable String email, java.util.UUID appealId, String key,
			List<NoticeArgument> arguments, String link) {
		if (account == null || !this.guard.mayHear(appealId, account, email)) {
			return;
		}
		this.notifications.notify(account, key, arguments, link);
		this.mail.sendToStaff(account, email, key, arguments, link);
	}

	private @Nullable String email(String account) {
		return this.accounts.byUsername(account).map(CurrentUser::email).orElse(null);
	}

	private static String number(Appeal appeal) {
		return appeal.registration().map(Registration::number).orElse(appeal.trackingCode());
	}

	private static String number(@Nullable String registrationNumber) {
		return Optional.ofNullable(registrationNumber).orElse("—");
	}

}

package kz.otinish.notification;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import kz.otinish.answer.AnswerDelivered;
import kz.otinish.answer.ComplaintFiled;
import kz.otinish.answer.DraftReturned;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The answer's notifications, in the app and by e-mail in the recipient's language: a
 * draft returned for rework goes to its executor; a delivered answer to the applicant (in
 * the appeal's language); a registered DL-4 complaint to the higher official. Runs from
 * the event publication registry, so a failed send is retried.
 */
@Component
class AlertOnAnswer {

	private static final Logger log = LoggerFactory.getLogger(AlertOnAnswer.class);

	private final Accounts accounts;

	private final Notifications notifications;

	private final ObjectProvider<JavaMailSender> senders;

	private final NoticeTexts texts;

	private final String from;

	private final String baseUrl;

	private @Nullable JavaMailSender sender;

	private final NoticeGuard guard;

	AlertOnAnswer(Accounts accounts, Notifications notifications, ObjectProvider<JavaMailSender> senders,
			NoticeTexts texts, @Value("${otinish.mail.from:otinish@localhost}") String from,
			@Value("${otinish.public-url:http://localhost:8080}") String baseUrl, NoticeGuard guard) {
		this.guard = guard;
		this.accounts = accounts;
		this.notifications = notifications;
		this.senders = senders;
		this.texts = texts;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	/** For tests: send through this server instead of the configured one. */
	void useSender(@Nullable JavaMailSender sender) {
		this.sender = sender;
	}

	@ApplicationModuleListener
	void on(DraftReturned event) {
		if (event.executorAccount() == null || !this.guard.mayHear(event.appealId(), event.executorAccount(), null)) {
			return;
		}
		List<NoticeArgument> arguments = List.of(NoticeArgument.text(number(event.registrationNumber())),
				NoticeArgument.text(event.reason()));
		String link = "/appeals/" + event.appealId() + "/answer";
		this.notifications.notify(event.executorAccount(), "notification.answer.returned", arguments, link);
		Optional<CurrentUser> executor = this.accounts.byUsername(event.executorAccount());
		executor.ifPresent(user -> send(user.email(), this.accounts.preferredLanguage(user.username()),
				"notification.answer.returned", arguments, link));
	}

	@ApplicationModuleListener
	void on(AnswerDelivered event) {
		List<NoticeArgument> arguments = List.of(NoticeArgument.text(number(event.registrationNumber())),
				NoticeArgument.day(event.complaintUntil()));
		String link = "/appeals/" + event.appealId();
		if (event.applicantUserId() != null) {
			this.accounts.all()
				.stream()
				.filter(user -> event.applicantUserId().equals(user.id()))
				.findFirst()
				.ifPresent(user -> this.notifications.notify(user.username(), "notification.answer.delivered",
						arguments, link));
		}
		send(event.applicantEmail(), event.language(), "notification.answer.delivered", arguments, link);
	}

	@ApplicationModuleListener
	void on(ComplaintFiled event) {
		if (!this.guard.mayHear(event.complaintAppealId(), event.higherOfficialAccount(),
				event.higherOfficialEmail())) {
			return;
		}
		Language language = event.higherOfficialAccount() != null
				? this.accounts.preferredLanguage(event.higherOfficialAccount())
				: this.accounts.preferredLanguageOfEmail(event.higherOfficialEmail());
		List<NoticeArgument> arguments = List.of(NoticeArgument.text(number(event.complaintNumber())),
				event.late() ? NoticeArgument.message("notification.answer.late") : NoticeArgument.text(""));
		String link = "/appeals/" + event.complaintAppealId();
		if (event.higherOfficialAccount() != null) {
			this.notifications.notify(event.higherOfficialAccount(), "notification.answer.complaint", arguments, link);
		}
		send(event.higherOfficialEmail(), language, "notification.answer.complaint", arguments, link);
	}

	private void send(@Nullable String to, Language language, String key, List<NoticeArgument> arguments, String link) {
		if (to == null || to.isBlank()) {
			return;
		}
		Locale locale = language.locale();
		List<String> stored = NoticeTexts.stored(arguments);
		String subject = this.texts.subject(key, stored, locale);
		String text = this.texts.text(key, stored, locale) + "\n\n" + this.baseUrl + link;
		JavaMailSender mail = this.sender != null ? this.sender : this.senders.getIfAvailable();
		if (mail == null) {
			log.info("No mail server configured; would send to {}: {}", to, subject);
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to.strip());
		message.setSubject(subject);
		message.setText(text);
		mail.send(message);
	}

	private static String number(@Nullable String number) {
		return Objects.requireNonNullElse(number, "—");
	}

}

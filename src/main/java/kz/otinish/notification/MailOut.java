package kz.otinish.notification;

import java.util.List;
import java.util.Locale;

import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail to a person, when a mail server is configured ({@code spring.mail.host});
 * without one the message is logged, so a development machine needs no mail server.
 */
@Component
class MailOut {

	private static final Logger log = LoggerFactory.getLogger(MailOut.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final NoticeTexts texts;

	private final Accounts accounts;

	private final String from;

	private final String baseUrl;

	MailOut(ObjectProvider<JavaMailSender> sender, NoticeTexts texts, Accounts accounts,
			@Value("${otinish.mail.from:otinish@localhost}") String from,
			@Value("${otinish.public-url:http://localhost:8080}") String baseUrl) {
		this.sender = sender;
		this.texts = texts;
		this.accounts = accounts;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	/**
	 * E-mail to an account, in the language it prefers (Kazakh unless it chose another).
	 */
	void send(CurrentUser to, String messageKey, List<NoticeArgument> arguments, String link) {
		if (to.email() == null || to.email().isBlank()) {
			return;
		}
		Locale locale = this.accounts.preferredLanguage(to.username()).locale();
		String text = this.texts.text(messageKey, NoticeTexts.stored(arguments), locale) + "\n\n" + this.baseUrl + link;
		String subject = this.texts.subject(messageKey, NoticeTexts.stored(arguments), locale);
		JavaMailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null) {
			log.info("No mail server configured; would send to {}: {}", to.email(), subject);
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to.email());
		message.setSubject(subject);
		message.setText(text);
		mailSender.send(message);
	}

	/**
	 * E-mail to an address in the given language (the applicant's appeal language, an
	 * account's locale). A failed send throws, so the calling listener's event stays in
	 * the publication registry and is retried.
	 */
	/**
	 * E-mail to a member of staff or an official: in their account's preferred language
	 * (by account, else by the one account with this address), Kazakh otherwise.
	 */
	void sendToStaff(@org.jspecify.annotations.Nullable String account, @org.jspecify.annotations.Nullable String email,
			String messageKey, List<NoticeArgument> arguments, String link) {
		Locale locale = (account != null ? this.accounts.preferredLanguage(account)
				: this.accounts.preferredLanguageOfEmail(email))
			.locale();
		send(email, locale, messageKey, arguments, link);
	}

	void send(@org.jspecify.annotations.Nullable String email, Locale locale, String messageKey,
			List<NoticeArgument> arguments, String link) {
		if (email == null || email.isBlank()) {
			return;
		}
		String text = this.texts.text(messageKey, NoticeTexts.stored(arguments), locale) + "\n\n" + this.baseUrl + link;
		String subject = this.texts.subject(messageKey, NoticeTexts.stored(arguments), locale);
		JavaMailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null) {
			log.info("No mail server configured; would send to {}: {}", email, subject);
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(email.strip());
		message.setSubject(subject);
		message.setText(text);
		mailSender.send(message);
	}

}

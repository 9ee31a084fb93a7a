package kz.otinish.mailbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealRegistered;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.Registration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the sender of an e-mail appeal, once it is registered, its number, the date and
 * the due date, in the appeal's language. A failed send throws, so the event publication
 * registry keeps the event and it is retried; without a configured mail host the text is
 * only logged.
 */
@Component
class Acknowledgements {

	private static final Logger log = LoggerFactory.getLogger(Acknowledgements.class);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final MailMessages messages;

	private final AppealManagement appeals;

	private final MessageSource messageSource;

	private final MailboxSettings settings;

	private final Clock clock;

	private final SpringTemplateEngine templates = new SpringTemplateEngine();

	private volatile @Nullable JavaMailSender sender;

	Acknowledgements(MailMessages messages, AppealManagement appeals, MessageSource messageSource,
			MailboxSettings settings, ObjectProvider<JavaMailSender> sender, Clock clock) {
		this.messages = messages;
		this.appeals = appeals;
		this.messageSource = messageSource;
		this.settings = settings;
		this.clock = clock;
		this.sender = sender.getIfAvailable();
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		this.templates.setTemplateResolver(resolver);
		this.templates.setTemplateEngineMessageSource(messageSource);
	}

	/** Tests send through GreenMail's SMTP without a Spring property of their own. */
	void useSender(@Nullable JavaMailSender sender) {
		this.sender = sender;
	}

	// only e-mail appeals get a publication in the registry
	@ApplicationModuleListener(condition = "#event.channel().name() == 'EMAIL'")
	void on(AppealRegistered event) {
		if (event.channel() != Channel.EMAIL) {
			return;
		}
		Optional<MailMessage> letter = this.messages.findFirstByAppealId(event.appealId());
		Optional<Appeal> found = this.appeals.find(event.appealId());
		if (letter.isEmpty() || found.isEmpty() || found.get().channel() != Channel.EMAIL) {
			return;
		}
		MailMessage mail = letter.get();
		Appeal appeal = found.get();
		if (mail.acknowledgedAt() != null || mail.sender() == null || appeal.registration().isEmpty()
				|| isMailSystem(mail.sender())) {
			return;
		}
		Locale locale = appeal.language().locale();
		Registration registration = appeal.registration().get();
		String subject = this.messageSource.getMessage("mailbox.ack.subject", new Object[] { registration.number() },
				locale);
		String text = text(appeal, registration, locale);
		JavaMailSender mailSender = this.sender;
		if (mailSender == null) {
			log.info("No mail host configured (spring.mail.host); acknowledgement to {} not sent:\n{}\n{}",
					mail.sender(), subject, text);
			return;
		}
		try {
			MimeMessage message = mailSender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(fromAddress(mail));
			helper.setTo(mail.sender());
			helper.setSubject(subject);
			helper.setText(text, false);
			if (mail.messageId() != null) {
				message.setHeader("In-Reply-To", mail.messageId());
				message.setHeader("References", mail.messageId());
			}
			message.setHeader("Auto-Submitted", "auto-replied");
			mailSender.send(message);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("Acknowledgement to " + mail.sender() + " failed", ex);
		}
		mail.acknowledged(this.clock.instant());
		this.messages.save(mail);
	}

	String text(Appeal appeal, Registration registration, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("name", appeal.applicant().fullName());
		context.setVariable("subject", appeal.subject());
		context.setVariable("number", registration.number());
		context.setVariable("date",
				LocalDate.ofInstant(registration.registeredAt(), this.clock.getZone()).format(DATE));
		context.setVariable("dueOn", appeal.dueOn().map(DATE::format).orElse(null));
		context.setVariable("trackingCode", appeal.trackingCode());
		return this.templates.process("acknowledgement", context);
	}

	/**
	 * Bounces and the like are kept as appeals (INT-5) but never answered, lest mail
	 * loops.
	 */
	static boolean isMailSystem(String address) {
		String local = address.substring(0, Math.max(0, address.indexOf('@'))).toLowerCase(Locale.ROOT);
		return local.equals("mailer-daemon") || local.equals("postmaster") || local.startsWith("noreply")
				|| local.startsWith("no-reply");
	}

	private String fromAddress(MailMessage mail) {
		return this.settings.accounts()
			.stream()
			.filter(account -> account.name().equals(mail.mailbox()) && account.username().contains("@"))
			.map(MailboxSettings.Account::username)
			.findFirst()
			.orElse(this.settings.acknowledgementFrom());
	}

}

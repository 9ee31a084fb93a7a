package kz.otinish.answer;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * RES-3: a staff member's answer goes to the corporate e-mail as soon as its delivery is
 * recorded, in the appeal's language, with the answer letter as a PDF when the letters
 * module provides one ({@link AnswerLetter}). Runs from the event publication registry,
 * so a failed send is retried, not lost.
 */
@Component
class AnswerByEmail {

	private static final Logger log = LoggerFactory.getLogger(AnswerByEmail.class);

	private final ObjectProvider<JavaMailSender> senders;

	private final ObjectProvider<AnswerLetter> letters;

	private final AnswerManagement answers;

	private final MessageSource messages;

	private final Clock clock;

	private final String from;

	private @Nullable JavaMailSender sender;

	AnswerByEmail(ObjectProvider<JavaMailSender> senders, ObjectProvider<AnswerLetter> letters,
			AnswerManagement answers, MessageSource messages, Clock clock,
			@Value("${otinish.mail.from:otinish@localhost}") String from) {
		this.senders = senders;
		this.letters = letters;
		this.answers = answers;
		this.messages = messages;
		this.clock = clock;
		this.from = from;
	}

	/** For tests: send through this server instead of the configured one. */
	void useSender(@Nullable JavaMailSender sender) {
		this.sender = sender;
	}

	@ApplicationModuleListener
	void on(AnswerDelivered event) throws MessagingException {
		if (event.emailTo() == null) {
			return;
		}
		Optional<AnswerDraft> answer = this.answers.approvedAnswer(event.appealId());
		if (answer.isEmpty()) {
			return;
		}
		JavaMailSender mail = this.sender != null ? this.sender : this.senders.getIfAvailable();
		Locale locale = event.language().locale();
		Object[] arguments = { event.registrationNumber() == null ? "—" : event.registrationNumber() };
		String subject = this.messages.getMessage("answer.email.subject", arguments, locale);
		if (mail == null) {
			log.info("No mail server configured; would send the answer to {}: {}", event.emailTo(), subject);
			return;
		}
		MimeMessage message = mail.createMimeMessage();
		Optional<AnswerLetter.Pdf> pdf = Optional.ofNullable(this.letters.getIfAvailable())
			.flatMap(letter -> letter.pdf(event.appealId(), event.language()));
		MimeMessageHelper helper = new MimeMessageHelper(message, pdf.isPresent(), "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(event.emailTo());
		helper.setSubject(subject);
		helper.setText(answer.get().text() + "\n\n" + this.messages.getMessage("answer.email.footer",
				new Object[] { event.complaintUntil().toString() }, locale));
		if (pdf.isPresent()) {
			helper.addAttachment(pdf.get().fileName(), new ByteArrayResource(pdf.get().content()), "application/pdf");
		}
		mail.send(message);
		this.answers.emailSent(event.appealId(), this.clock.instant());
	}

}

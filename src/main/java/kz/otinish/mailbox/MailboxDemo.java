package kz.otinish.mailbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Demo letters, so that {@code ./mvnw spring-boot:run} shows the mailbox without a mail
 * server: one to info@ from an address no account has (to be linked by hand), one to the
 * GM1 school's mailbox from the demo student (linked by the sender's address). Taken by
 * the real intake; idempotent (the Message-ID makes a second run add nothing).
 */
@Component
@ConditionalOnProperty(name = "otinish.demo.enabled", havingValue = "true")
class MailboxDemo {

	private static final Log log = LogFactory.getLog(MailboxDemo.class);

	private final MailIntake intake;

	private final Clock clock;

	MailboxDemo(MailIntake intake, Clock clock) {
		this.intake = intake;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void seed() {
		MailboxSettings.Account info = new MailboxSettings.Account("demo-info", "localhost", 993, "imaps",
				"info@university.example", "-", "INBOX", null, DataSize.ofMegabytes(50));
		MailboxSettings.Account gm1 = new MailboxSettings.Account("demo-gm1", "localhost", 993, "imaps",
				"gm1@university.example", "-", "INBOX", "GM1", DataSize.ofMegabytes(50));
		try {
			this.intake.take(info,
					letter("<demo-letter-1@otinish.demo>", "Ерлан Досжанов <erlan.private@mail.example>",
							"Анықтама сұрау",
							"Сәлеметсіз бе! Оқу орнынан анықтама беруіңізді сұраймын. "
									+ "Мен Нұрланова Айгерімнің ағасымын, ол жеке поштамнан жазуды сұрады."),
					this.clock.instant().minus(Duration.ofHours(5)));
			this.intake.take(gm1, letter("<demo-letter-2@otinish.demo>",
					"Нұрланова Айгерім <student@university.example>", "Емтихан кестесі туралы",
					"Құрметті деканат! Анатомия емтиханы мен биохимия емтиханы бір күнге қойылды, ауыстыруды сұраймын."),
					this.clock.instant().minus(Duration.ofHours(2)));
		}
		catch (RuntimeException ex) {
			log.warn("Demo letters not loaded: " + ex.getMessage());
		}
	}

	private static byte[] letter(String messageId, String from, String subject, String text) {
		return ("From: " + encode(from) + "\r\nTo: info@university.example\r\nSubject: =?UTF-8?B?"
				+ Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "?=\r\nMessage-ID: "
				+ messageId + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
				+ "Content-Transfer-Encoding: base64\r\n\r\n"
				+ Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "\r\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	/** "Name <address>" with the name RFC 2047-encoded. */
	private static String encode(String from) {
		int angle = from.indexOf('<');
		return "=?UTF-8?B?"
				+ Base64.getEncoder().encodeToString(from.substring(0, angle).strip().getBytes(StandardCharsets.UTF_8))
				+ "?= " + from.substring(angle);
	}

}

package kz.otinish.mailbox;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.util.unit.DataSize;

/**
 * A letter taken from a corporate mailbox by the real intake, for tests outside the
 * mailbox module: it is then an appeal awaiting registration.
 */
public final class MailboxFixtures {

	private MailboxFixtures() {
	}

	/**
	 * Takes a plain letter for the school's mailbox; returns the letter and its appeal.
	 */
	public static Letter letter(ApplicationContext context, String school) {
		MailIntake intake = context.getBean(MailIntake.class);
		MailMessages letters = context.getBean(MailMessages.class);
		MailboxSettings.Account account = new MailboxSettings.Account(
				"fixture-" + UUID.randomUUID().toString().substring(0, 8), "127.0.0.1", 143, "imap",
				"fixture@university.example", "secret", "INBOX", school, DataSize.ofMegabytes(50));
		String messageId = "<" + UUID.randomUUID() + "@mail.example.kz>";
		byte[] raw = ("From: Сәуле <saule.fixture@example.kz>\nSubject: Anyqtama\nMessage-ID: " + messageId
				+ "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\nОқу туралы анықтама сұраймын.\n")
			.replace("\n", "\r\n")
			.getBytes(StandardCharsets.UTF_8);
		intake.take(account, raw, null);
		MailMessage letter = letters.findByMessageKey(MailIntake.keyOf(messageId, raw)).orElseThrow();
		return new Letter(letter.id(), letter.appealId());
	}

	public record Letter(UUID id, UUID appealId) {
	}

}

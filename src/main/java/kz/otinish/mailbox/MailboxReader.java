package kz.otinish.mailbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Reads the unread letters of one mailbox over IMAP. Each letter is fetched without
 * marking it (BODY.PEEK), stored in its own transaction, and flagged \Seen only after
 * that commits: a crash in between leaves it unread, and the next poll finds it already
 * stored or stores it then.
 */
@Component
class MailboxReader {

	private static final Logger log = LoggerFactory.getLogger(MailboxReader.class);

	/** What one poll did. */
	record Poll(int stored, int alreadyStored, int failed) {
	}

	private final MailIntake intake;

	MailboxReader(MailIntake intake) {
		this.intake = intake;
	}

	Poll poll(MailboxSettings.Account account) {
		Session session = Session.getInstance(properties(account));
		int stored = 0;
		int already = 0;
		int failed = 0;
		try (Store store = session.getStore(account.protocol())) {
			store.connect(account.host(), account.port(), account.username(), account.password());
			Folder folder = store.getFolder(account.folder());
			folder.open(Folder.READ_WRITE);
			try {
				for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
					try {
						byte[] raw = rawOf(message);
						MailIntake.Outcome outcome = this.intake.take(account, raw, instant(message.getReceivedDate()));
						// only now, after the commit, may the server forget that it is
						// new
						message.setFlag(Flags.Flag.SEEN, true);
						if (outcome == MailIntake.Outcome.STORED) {
							stored++;
						}
						else {
							already++;
						}
					}
					catch (MessagingException | IOException | RuntimeException ex) {
						failed++;
						log.warn("Mailbox {}: letter {} left unread for the next poll: {}", account.name(),
								message.getMessageNumber(), ex.toString());
					}
				}
			}
			finally {
				folder.close(false);
			}
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("Mailbox " + account + " could not be read: " + ex.getMessage(), ex);
		}
		if (stored + failed > 0) {
			log.info("Mailbox {}: {} new letters stored, {} already stored, {} left for the next poll", account.name(),
					stored, already, failed);
		}
		return new Poll(stored, already, failed);
	}

	private static byte[] rawOf(Message message) throws IOException, MessagingException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, message.getSize()));
		message.writeTo(out);
		return out.toByteArray();
	}

	private static @Nullable Instant instant(@Nullable Date date) {
		return date == null ? null : date.toInstant();
	}

	private static Properties properties(MailboxSettings.Account account) {
		String protocol = account.protocol();
		Properties properties = new Properties();
		properties.setProperty("mail.store.protocol", protocol);
		properties.setProperty("mail." + protocol + ".connectiontimeout", "20000");
		properties.setProperty("mail." + protocol + ".timeout", "120000");
		properties.setProperty("mail." + protocol + ".writetimeout", "60000");
		// fetching must not mark a letter read: only a stored letter is flagged \Seen
		properties.setProperty("mail." + protocol + ".peek", "true");
		properties.setProperty("mail." + protocol + ".partialfetch", "false");
		if ("imaps".equals(protocol)) {
			properties.setProperty("mail.imaps.ssl.checkserveridentity", "true");
		}
		return properties;
	}

}

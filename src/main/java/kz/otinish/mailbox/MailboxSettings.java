package kz.otinish.mailbox;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The corporate mailboxes Otinish reads (docs/mailbox.md).
 *
 * @param enabled whether the scheduled job polls at all; off unless configured
 * @param pollInterval the pause between two polls
 * @param accounts the mailboxes: the university's info@ address and each school's
 * @param acknowledgementFrom the sender of acknowledgements when the mailbox's login is
 * no address
 */
@ConfigurationProperties("otinish.mailbox")
record MailboxSettings(@DefaultValue("false") boolean enabled, @DefaultValue("2m") Duration pollInterval,
		@DefaultValue List<Account> accounts, @DefaultValue("noreply@otinish.kz") String acknowledgementFrom) {

	/**
	 * One mailbox.
	 *
	 * @param name a short stable name, stored with every message (e.g. {@code info},
	 * {@code gm1})
	 * @param host the IMAP server
	 * @param port its port (143 for imap, 993 for imaps)
	 * @param protocol {@code imap} or {@code imaps}
	 * @param username the login
	 * @param password the password
	 * @param folder the folder to read, {@code INBOX} by default
	 * @param schoolCode the school this mailbox belongs to; none for info@ (appeals go to
	 * the Rector)
	 * @param maxMessageSize a larger message is kept whole but its attachments are not
	 * attached
	 */
	record Account(String name, String host, @DefaultValue("993") int port, @DefaultValue("imaps") String protocol,
			String username, String password, @DefaultValue("INBOX") String folder, @Nullable String schoolCode,
			@DefaultValue("50MB") DataSize maxMessageSize) {

		Account {
			if (name == null || !name.matches("[A-Za-z0-9_.-]{1,50}")) {
				throw new IllegalArgumentException(
						"otinish.mailbox account name must be 1-50 letters, digits, '.', '_' or '-', not " + name);
			}
			if (!"imap".equals(protocol) && !"imaps".equals(protocol)) {
				throw new IllegalArgumentException("otinish.mailbox protocol must be imap or imaps, not " + protocol);
			}
			if (schoolCode != null && schoolCode.isBlank()) {
				schoolCode = null;
			}
		}

		@Override
		public String toString() {
			return this.name + " (" + this.username + "@" + this.host + ":" + this.port + "/" + this.folder + ")";
		}

	}

}

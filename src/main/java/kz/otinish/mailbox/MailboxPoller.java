package kz.otinish.mailbox;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The scheduled poll of every configured mailbox, on one node at a time. */
@Component
class MailboxPoller {

	private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

	private final MailboxSettings settings;

	private final MailboxReader reader;

	MailboxPoller(MailboxSettings settings, MailboxReader reader) {
		this.settings = settings;
		this.reader = reader;
	}

	@Scheduled(fixedDelayString = "${otinish.mailbox.poll-interval:2m}", initialDelayString = "PT30S")
	@SchedulerLock(name = "mailbox-poll", lockAtLeastFor = "PT5S")
	void pollAll() {
		if (!this.settings.enabled()) {
			return;
		}
		for (MailboxSettings.Account account : this.settings.accounts()) {
			try {
				this.reader.poll(account);
			}
			catch (RuntimeException ex) {
				// one broken mailbox must not stop the others; its letters wait on the server
				log.warn("Mailbox {} could not be read: {}", account, ex.toString());
			}
		}
	}

}

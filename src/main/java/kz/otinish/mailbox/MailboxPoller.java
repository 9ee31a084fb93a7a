package kz.otinish.mailbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled poll of every configured mailbox. The job runs on one node at a time, and
 * each mailbox is read under a lock of its own ({@code mailbox-<name>}), so that no two
 * nodes ever read the same mailbox at once, however the poll was started.
 */
@Component
class MailboxPoller {

	private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

	private static final Duration LOCK_AT_MOST = Duration.ofMinutes(15);

	private final MailboxSettings settings;

	private final MailboxReader reader;

	private final LockingTaskExecutor locks;

	private final Clock clock;

	MailboxPoller(MailboxSettings settings, MailboxReader reader, LockProvider lockProvider, Clock clock) {
		this.settings = settings;
		this.reader = reader;
		this.locks = new DefaultLockingTaskExecutor(lockProvider);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${otinish.mailbox.poll-interval:2m}",
			initialDelayString = "${otinish.mailbox.first-poll-after:30s}")
	@SchedulerLock(name = "mailbox-poll", lockAtLeastFor = "PT5S")
	public void pollAll() {
		if (!this.settings.enabled()) {
			return;
		}
		for (MailboxSettings.Account account : this.settings.accounts()) {
			try {
				poll(account);
			}
			catch (RuntimeException ex) {
				// one broken mailbox must not stop the others; its letters wait on the
				// server
				log.warn("Mailbox {} could not be read: {}", account, ex.toString());
			}
		}
	}

	/** Reads one mailbox unless another node is reading it right now (then empty). */
	Optional<MailboxReader.Poll> poll(MailboxSettings.Account account) {
		LockConfiguration lock = new LockConfiguration(this.clock.instant(), "mailbox-" + account.name(), LOCK_AT_MOST,
				Duration.ZERO);
		try {
			LockingTaskExecutor.TaskResult<MailboxReader.Poll> result = this.locks
				.executeWithLock(() -> this.reader.poll(account), lock);
			return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
	}

}

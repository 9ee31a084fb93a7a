package kz.otinish.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import kz.otinish.appeal.Actor;
import kz.otinish.appeal.AppealPersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.stereotype.Service;

/**
 * Anonymises the appeals closed longer ago than the retention period, one transaction per
 * appeal (a failure leaves the others done and is tried again on the next run).
 */
@Service
public class Retention {

	private static final Actor RETENTION = Actor.system("Retention");

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private final AppealPersonalData appeals;

	private final RetentionSettings settings;

	private final Clock clock;

	private final CompletedEventPublications publications;

	Retention(AppealPersonalData appeals, RetentionSettings settings, Clock clock,
			CompletedEventPublications publications) {
		this.appeals = appeals;
		this.settings = settings;
		this.clock = clock;
		this.publications = publications;
	}

	/** The moment before which a closed appeal is past the retention period. */
	public Instant cutoff() {
		return ZonedDateTime.now(this.clock).minusYears(this.settings.yearsAfterClosing()).toInstant();
	}

	/**
	 * Runs once; returns how many appeals were anonymised. The delivered events kept by
	 * the event publication registry (they carry what the listeners needed, e-mail
	 * addresses among it) go once they are as old as the period.
	 */
	public int run() {
		Instant cutoff = cutoff();
		this.publications.deletePublications(
				publication -> publication.getCompletionDate().map(done -> done.isBefore(cutoff)).orElse(false));
		List<UUID> due = this.appeals.closedBefore(cutoff);
		int done = 0;
		for (UUID id : due) {
			try {
				this.appeals.anonymise(id, RETENTION);
				done++;
			}
			catch (RuntimeException ex) {
				log.warn("Could not anonymise appeal {}; the next run tries again", id, ex);
			}
		}
		if (done > 0) {
			log.info("Retention: anonymised {} appeal(s) closed before {}", done, cutoff);
		}
		return done;
	}

}

package kz.otinish.system;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Listeners that failed (a mail server down, say) leave their event publication
 * incomplete in the registry; this job hands them to their listeners again, on one node
 * at a time, once they are older than {@code otinish.events.resubmit-after} (so that a
 * publication still being processed is not taken twice).
 */
@Component
class EventResubmission {

	private final IncompleteEventPublications incomplete;

	private final Duration olderThan;

	EventResubmission(IncompleteEventPublications incomplete,
			@Value("${otinish.events.resubmit-after:PT5M}") Duration olderThan) {
		this.incomplete = incomplete;
		this.olderThan = olderThan;
	}

	@Scheduled(fixedDelayString = "${otinish.events.resubmit-interval:PT5M}", initialDelayString = "PT2M")
	@SchedulerLock(name = "event-resubmission", lockAtMostFor = "PT10M")
	void resubmit() {
		this.incomplete.resubmitIncompletePublicationsOlderThan(this.olderThan);
	}

}

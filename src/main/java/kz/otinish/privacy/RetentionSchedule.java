package kz.otinish.privacy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the retention job once a night in Almaty, on one node at a time
 * ({@code otinish.retention.cron}; {@code -} switches it off).
 */
@Component
class RetentionSchedule {

	private final Retention retention;

	RetentionSchedule(Retention retention) {
		this.retention = retention;
	}

	@Scheduled(cron = "${otinish.retention.cron:0 15 3 * * *}", zone = "${otinish.time-zone:Asia/Almaty}")
	@SchedulerLock(name = "retention", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
	void nightly() {
		this.retention.run();
	}

}

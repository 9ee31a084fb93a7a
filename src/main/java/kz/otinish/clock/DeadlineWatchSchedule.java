package kz.otinish.clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the deadline watch once a day, early in the morning in Almaty, on one node at a
 * time ({@code otinish.clock.cron}; {@code -} switches it off).
 */
@Component
class DeadlineWatchSchedule {

	private final DeadlineWatch watch;

	DeadlineWatchSchedule(DeadlineWatch watch) {
		this.watch = watch;
	}

	@Scheduled(cron = "${otinish.clock.cron:0 30 6 * * *}", zone = "${otinish.time-zone:Asia/Almaty}")
	@SchedulerLock(name = "deadline-watch", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void daily() {
		this.watch.run();
	}

}

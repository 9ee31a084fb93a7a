package kz.otinish.demo;

import java.time.Clock;
import java.time.LocalDate;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealDeadline;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.calendar.DeadlineKind;
import kz.otinish.calendar.WorkingDayCalendar;
import kz.otinish.clock.AppealExtensions;
import kz.otinish.clock.DeadlineWatch;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The clock at work in the demo: the GM1 dean extends two open appeals (DL-2) and today's
 * deadline watch runs, so the extension panel, the reminders and the overdue list show
 * something. Once: nothing happens when an extension exists.
 */
@Component
@ConditionalOnBooleanProperty("otinish.demo.enabled")
@Order(500)
class DemoClock implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoClock.class);

	private final AppealManagement appeals;

	private final AppealExtensions extensions;

	private final DeadlineWatch watch;

	private final WorkingDayCalendar calendar;

	private final Accounts accounts;

	private final Clock clock;

	private final DemoRecords records;

	private final kz.otinish.appeal.AppealLists lists;

	DemoClock(AppealManagement appeals, AppealExtensions extensions, DeadlineWatch watch, WorkingDayCalendar calendar,
			Accounts accounts, Clock clock, DemoRecords records, kz.otinish.appeal.AppealLists lists) {
		this.lists = lists;
		this.records = records;
		this.appeals = appeals;
		this.extensions = extensions;
		this.watch = watch;
		this.calendar = calendar;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public void seed() {
		if (this.extensions.count() > 0 || this.records.done("clock")) {
			return;
		}
		this.records.markDone("clock");
		CurrentUser dean = this.accounts.byUsername("dean").orElse(null);
		if (dean == null) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		int extended = 0;
		for (Appeal appeal : this.lists.openAppeals()) {
			if (extended == 2) {
				break;
			}
			LocalDate due = appeal.dueOn().orElse(null);
			LocalDate cap = appeal.deadline(DeadlineKind.EXTENSION_CAP).map(AppealDeadline::dueOn).orElse(null);
			if (!this.records.isDemo(appeal.id()) || !"GM1".equals(appeal.schoolCode()) || appeal.anonymous()
					|| due == null || cap == null || due.isBefore(today)) {
				continue;
			}
			LocalDate until = this.calendar.addWorkingDays(due, 5);
			if (until.isAfter(cap)) {
				until = cap;
			}
			if (!until.isAfter(due)) {
				continue;
			}
			this.extensions.extend(appeal.id(), until,
					"Қосымша құжаттар сұратылды; ОӘК отырысы келесі аптада / Запрошены дополнительные документы", dean);
			extended++;
		}
		int reminders = this.watch.run();
		log.info("Demo clock: {} appeal(s) extended, {} reminder(s) sent", extended, reminders);
	}

}

package kz.otinish.appeal.web;

import java.time.Clock;
import java.time.LocalDate;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.calendar.WorkingDayCalendar;

import org.springframework.stereotype.Component;

/**
 * How urgent an appeal's due date is, in working days, for the colours of queues:
 * overdue, due within two working days, or in time. Final appeals are not urgent.
 */
@Component("urgency")
public class Urgency {

	static final int SOON_WORKING_DAYS = 2;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	Urgency(WorkingDayCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * {@code overdue}, {@code soon}, {@code ok} or {@code final}; used as a CSS modifier
	 * and message key.
	 */
	public String of(Appeal appeal) {
		// once the answer is in the applicant's hands the review clock has done its work
		if (appeal.status().isFinal() || appeal.status() == AppealStatus.ANSWERED || appeal.dueOn().isEmpty()) {
			return "final";
		}
		int left = workingDaysLeft(appeal);
		return left < 0 ? "overdue" : left <= SOON_WORKING_DAYS ? "soon" : "ok";
	}

	/** Working days from today to the due date; negative when overdue. */
	public int workingDaysLeft(Appeal appeal) {
		LocalDate today = LocalDate.now(this.clock);
		return appeal.dueOn().map(due -> this.calendar.workingDaysBetween(today, due)).orElse(0);
	}

}

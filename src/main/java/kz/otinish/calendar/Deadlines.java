package kz.otinish.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Service;

/**
 * The deadlines of sop.md DL-1..DL-4 computed on the working-day calendar. The day of
 * receipt is not counted; for an appeal that arrives on a non-working day the next
 * working day is the first day counted (received on Saturday, Monday is day 1).
 */
@Service
public class Deadlines {

	private final WorkingDayCalendar calendar;

	private final DeadlineSettings settings;

	private final ZoneId zone;

	Deadlines(WorkingDayCalendar calendar, DeadlineSettings settings, Clock clock) {
		this.calendar = calendar;
		this.settings = settings;
		this.zone = clock.getZone();
	}

	/** Deadlines outside Spring, for unit tests of other modules. */
	public static Deadlines of(WorkingDayCalendar calendar, DeadlineSettings settings, Clock clock) {
		return new Deadlines(calendar, settings, clock);
	}

	/**
	 * The day the clock starts: the day of receipt if a working day, else the next one.
	 */
	public LocalDate clockStart(Instant receivedAt) {
		return this.calendar.firstWorkingDayOnOrAfter(LocalDate.ofInstant(receivedAt, this.zone));
	}

	/** DL-1. */
	public Deadline review(Instant receivedAt) {
		return workingDays(DeadlineKind.REVIEW, receivedAt, this.settings.reviewWorkingDays());
	}

	/** DL-2: the cap an extension may not pass. */
	public Deadline extensionCap(Instant receivedAt) {
		return workingDays(DeadlineKind.EXTENSION_CAP, receivedAt, this.settings.maxWorkingDays());
	}

	/** DL-3. */
	public Deadline returnWithoutConsideration(Instant receivedAt) {
		return workingDays(DeadlineKind.RETURN, receivedAt, this.settings.returnWorkingDays());
	}

	/** DL-4: calendar months from the day the applicant learned of the decision. */
	public Deadline complaintWindow(LocalDate learnedOn) {
		int months = this.settings.complaintWindowMonths();
		return new Deadline(DeadlineKind.COMPLAINT_WINDOW, "DL-4: " + months + " calendar months", learnedOn,
				learnedOn.plusMonths(months));
	}

	// Only the day of receipt is left out (DL-1): on a non-working day of receipt the
	// next
	// working day is already the first day counted, so the university is never a day
	// late.
	private Deadline workingDays(DeadlineKind kind, Instant receivedAt, int days) {
		LocalDate received = LocalDate.ofInstant(receivedAt, this.zone);
		LocalDate start = clockStart(receivedAt);
		boolean receiptDayCounts = this.settings.receiptDayCounts();
		LocalDate due = receiptDayCounts ? this.calendar.addWorkingDays(start, days - 1)
				: this.calendar.addWorkingDays(received, days);
		String rule = kind.ruleId() + ": " + days + " working days"
				+ (receiptDayCounts ? ", receipt day counted" : ", receipt day not counted");
		return new Deadline(kind, rule, start, due);
	}

}

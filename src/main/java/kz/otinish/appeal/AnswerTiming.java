package kz.otinish.appeal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * When the answer reached the applicant (RES-1..RES-3) and how that stands against the
 * review period (DL-1, DL-2), kept on the appeal for the statistics (STAT-1).
 */
@Embeddable
class AnswerTiming {

	@Column(name = "answered_on")
	private LocalDate answeredOn;

	/** Working days from receipt to the answer, on the calendar of the day answered. */
	@Column(name = "answer_working_days")
	private @Nullable Integer workingDays;

	/** On or before the review period's last day. */
	@Column(name = "answered_in_time")
	private boolean inTime;

	protected AnswerTiming() {
	}

	AnswerTiming(LocalDate answeredOn, int workingDays, @Nullable LocalDate reviewDueOn) {
		this.answeredOn = answeredOn;
		this.workingDays = workingDays;
		this.inTime = reviewDueOn == null || !answeredOn.isAfter(reviewDueOn);
	}

	LocalDate answeredOn() {
		return this.answeredOn;
	}

}

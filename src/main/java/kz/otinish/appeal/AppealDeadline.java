package kz.otinish.appeal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import kz.otinish.calendar.Deadline;
import kz.otinish.calendar.DeadlineKind;

/** A deadline of an appeal as stored: the rule as it was applied and the computed day. */
@Embeddable
public class AppealDeadline {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DeadlineKind kind;

	@Column(nullable = false)
	private String rule;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(nullable = false)
	private boolean extended;

	protected AppealDeadline() {
	}

	AppealDeadline(Deadline deadline) {
		this(deadline, false);
	}

	AppealDeadline(Deadline deadline, boolean extended) {
		this.extended = extended;
		this.kind = deadline.kind();
		this.rule = deadline.rule();
		this.startsOn = deadline.startsOn();
		this.dueOn = deadline.dueOn();
	}

	public DeadlineKind kind() {
		return this.kind;
	}

	public String rule() {
		return this.rule;
	}

	public LocalDate startsOn() {
		return this.startsOn;
	}

	public LocalDate dueOn() {
		return this.dueOn;
	}

	/** DL-2: this is the review period as extended, not as first computed. */
	public boolean extended() {
		return this.extended;
	}

}

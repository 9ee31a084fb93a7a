package kz.otinish.appeal;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * DL-4: a complaint filed after its window (three months from the day the applicant
 * learned of the decision or the inaction). It is accepted all the same: a missed window
 * is no reason to refuse. Whoever considers the complaint sees when the window ended and
 * the applicant's reason, if one was given, and weighs them on the merits.
 */
@Embeddable
public class LateComplaint {

	@Column(name = "complaint_window_ended_on")
	private LocalDate windowEndedOn;

	@Column(name = "late_reason")
	private @Nullable String reason;

	protected LateComplaint() {
	}

	private LateComplaint(LocalDate windowEndedOn, @Nullable String reason) {
		this.windowEndedOn = windowEndedOn;
		this.reason = reason;
	}

	/**
	 * The lateness of a complaint filed on {@code filedOn}: empty when filed within the
	 * window (on its last day included); the reason is asked for, never required.
	 */
	public static Optional<LateComplaint> of(LocalDate windowEndsOn, LocalDate filedOn, @Nullable String reason) {
		if (!filedOn.isAfter(windowEndsOn)) {
			return Optional.empty();
		}
		String given = reason == null || reason.isBlank() ? null : PlainText.clean(reason.strip());
		return Optional.of(new LateComplaint(windowEndsOn, given));
	}

	/** The last day of the window that was missed. */
	public LocalDate windowEndedOn() {
		return this.windowEndedOn;
	}

	/** The applicant's reason for missing it, when they gave one. */
	public Optional<String> reason() {
		return Optional.ofNullable(this.reason);
	}

	LateComplaint wiped() {
		return new LateComplaint(this.windowEndedOn, this.reason == null ? null : AppealParticulars.WIPED);
	}

}

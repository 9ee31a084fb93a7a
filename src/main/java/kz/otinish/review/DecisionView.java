package kz.otinish.review;

import kz.otinish.appeal.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The protocol decision on an appeal, with everything its answer cites: the meeting
 * (forum, protocol number and date), the findings, the measures and recommendations, and
 * for REV-9 the recognition as untrue, the measures against the applicant and the
 * apology.
 */
public record DecisionView(UUID appealId, Outcome outcome, String reasons, MeetingView meeting,
		@Nullable CommissionView commission, List<ArgumentView> findings, List<ActionView> measures,
		List<ActionView> recommendations, boolean untrueRecognized, @Nullable String applicantMeasures,
		@Nullable String apology, String decidedBy, Instant decidedAt) {

	/**
	 * "No. 3/2026 of 2026-11-20" material for letters: number and date of the protocol.
	 */
	public String protocol() {
		return this.meeting.protocol();
	}

}

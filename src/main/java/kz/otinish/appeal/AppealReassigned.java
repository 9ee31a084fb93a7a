package kz.otinish.appeal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * REV-1, corrected: the dean sent an appeal in consideration to another body and/or
 * another executor, with a reason. Staff-only on the timeline; the applicant hears only
 * of a new body.
 */
public record AppealReassigned(UUID appealId, AppealStatus status, String previousBody, String body,
		String previousExecutorAccount, String executorAccount, String executorName, String reason,
		Instant at) implements AppealEvent {

	@Override
	public String action() {
		return "REASSIGN";
	}

	@Override
	public @Nullable String statusBefore() {
		return this.status.name();
	}

	@Override
	public String statusAfter() {
		return this.status.name();
	}

	@Override
	public @Nullable String detail() {
		return this.previousBody + " / " + this.previousExecutorAccount + " → " + this.body + " / " + this.executorName
				+ ": " + this.reason;
	}

}

package kz.otinish.answer;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.shared.AppealFact;
import org.jspecify.annotations.Nullable;

/**
 * The dean returned the draft answer to the executor for rework, with a reason (audited;
 * the executor is notified).
 */
public record DraftReturned(UUID appealId, @Nullable String registrationNumber, @Nullable String executorAccount,
		int revision, String reason, String status, Instant at) implements AppealFact<String> {

	@Override
	public String action() {
		return "ANSWER_RETURNED";
	}

	@Override
	public String detail() {
		return "#" + this.revision + ": " + this.reason;
	}

}

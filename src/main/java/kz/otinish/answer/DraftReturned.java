package kz.otinish.answer;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.shared.AuditedChange;
import org.jspecify.annotations.Nullable;

/**
 * The dean returned the draft answer to the executor for rework, with a reason (audited;
 * the executor is notified).
 */
public record DraftReturned(UUID appealId, @Nullable String registrationNumber, @Nullable String executorAccount,
		int revision, String reason, String status, Instant at) implements AuditedChange {

	@Override
	public String subjectType() {
		return "APPEAL";
	}

	@Override
	public UUID subjectId() {
		return this.appealId;
	}

	@Override
	public String action() {
		return "ANSWER_RETURNED";
	}

	@Override
	public @Nullable String statusBefore() {
		return this.status;
	}

	@Override
	public String statusAfter() {
		return this.status;
	}

	@Override
	public String detail() {
		return "#" + this.revision + ": " + this.reason;
	}

}

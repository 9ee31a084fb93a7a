package kz.otinish.answer;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.shared.AuditedChange;
import org.jspecify.annotations.Nullable;

/** The dean approved this version of the answer; the letters module issues it. */
public record AnswerApproved(UUID appealId, int revision, String status, Instant at) implements AuditedChange {

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
		return "ANSWER_APPROVED";
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
		return "#" + this.revision;
	}

}

package kz.otinish.answer;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.shared.AuditedChange;
import org.jspecify.annotations.Nullable;

/**
 * A step of the answer on an appeal's timeline: drafted, approved, agreed, closed after
 * delivery. Recorded by the audit trail; the action is localized as
 * {@code audit.action.*}.
 */
public record AnswerChanged(UUID appealId, String action, String status, Instant at,
		@Nullable String detail) implements AuditedChange {

	@Override
	public String subjectType() {
		return "APPEAL";
	}

	@Override
	public UUID subjectId() {
		return this.appealId;
	}

	@Override
	public @Nullable String statusBefore() {
		return this.status;
	}

	@Override
	public String statusAfter() {
		return this.status;
	}

}

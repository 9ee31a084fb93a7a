package kz.otinish.appeal;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.shared.AuditedChange;
import org.jspecify.annotations.Nullable;

/** An appeal was received or moved from one status to another. */
public record AppealChanged(UUID appealId, String action, @Nullable AppealStatus before, AppealStatus after, Instant at,
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
		return this.before == null ? null : this.before.name();
	}

	@Override
	public String statusAfter() {
		return this.after.name();
	}

}

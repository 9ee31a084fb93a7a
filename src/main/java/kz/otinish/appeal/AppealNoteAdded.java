package kz.otinish.appeal;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.shared.AuditedChange;
import org.jspecify.annotations.Nullable;

/**
 * A member of staff left an internal note on an appeal (audited as {@code ADD_NOTE}; the
 * text stays in the note, which retention wipes, out of the trail, which it never does).
 */
public record AppealNoteAdded(UUID appealId, UUID noteId, AppealStatus status, Instant at) implements AuditedChange {

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
		return "ADD_NOTE";
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
		return null;
	}

}

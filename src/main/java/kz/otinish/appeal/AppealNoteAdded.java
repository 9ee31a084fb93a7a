package kz.otinish.appeal;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.shared.AppealFact;

/**
 * A member of staff left an internal note on an appeal (audited as {@code ADD_NOTE}; the
 * text stays in the note, which retention wipes, out of the trail, which it never does).
 */
public record AppealNoteAdded(UUID appealId, UUID noteId, AppealStatus status,
		Instant at) implements AppealFact<AppealStatus> {

	@Override
	public String action() {
		return "ADD_NOTE";
	}

}

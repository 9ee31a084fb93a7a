package kz.otinish.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A measure (REV-8, REV-9) or recommendation (REV-10) of a decision: who it concerns,
 * what, the responsible person, the due date; tracked until marked done with a note.
 */
public record ActionView(UUID id, UUID appealId, ActionKind kind, String addressee, String text, String responsible,
		LocalDate dueOn, boolean disciplinary, @Nullable Instant doneAt, @Nullable String doneNote) {

	public boolean done() {
		return this.doneAt != null;
	}

}

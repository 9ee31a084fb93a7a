package kz.otinish.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * REV-7: a request to a unit for documents, with its due date and, once answered, the
 * response (a note and a checked file).
 */
public record RequestView(UUID id, UUID appealId, String unitName, String text, LocalDate dueOn, String requestedBy,
		Instant requestedAt, @Nullable String responseNote, @Nullable String fileName, @Nullable String sha256,
		@Nullable Instant respondedAt) {

	public boolean answered() {
		return this.respondedAt != null;
	}

}

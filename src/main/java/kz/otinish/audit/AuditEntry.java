package kz.otinish.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One line of the trail, as the timeline shows it. */
public record AuditEntry(UUID id, String subjectType, UUID subjectId, Instant at, String actor,
		@Nullable String actorRole, String action, @Nullable String statusBefore, @Nullable String statusAfter,
		@Nullable String detail) {
}

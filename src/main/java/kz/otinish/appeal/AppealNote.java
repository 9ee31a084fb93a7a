package kz.otinish.appeal;

import java.time.Instant;
import java.util.UUID;

/**
 * A note staff leave each other on an appeal: who wrote it and when. Visible to staff who
 * may see the appeal, never to the applicant (nor on the applicant's timeline).
 */
public record AppealNote(UUID id, UUID appealId, String authorName, String text, Instant writtenAt) {
}

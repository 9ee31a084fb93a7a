package kz.otinish.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * DL-2: an appeal's review period was extended; the applicant must be told by
 * {@code notifyBy}. The notification module listens and reports back with
 * {@link AppealExtensions#noticeSent}.
 */
public record AppealExtended(UUID extensionId, UUID appealId, LocalDate previousDue, LocalDate newDue, String reason,
		Instant at, LocalDate notifyBy) {
}

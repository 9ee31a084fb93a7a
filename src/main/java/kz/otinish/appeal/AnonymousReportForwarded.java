package kz.otinish.appeal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * INT-4: an anonymous report was sent to a state body; the responsible officials must be
 * alerted at once.
 */
public record AnonymousReportForwarded(UUID appealId, @Nullable String registrationNumber, @Nullable String schoolCode,
		String stateBody, String outgoingNumber, Instant at) {
}

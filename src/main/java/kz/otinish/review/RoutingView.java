package kz.otinish.review;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** REV-1: to which body the dean sent the appeal, the suggestion, and the executor. */
public record RoutingView(UUID appealId, String bodyCode, @Nullable String suggestedBodyCode, String executorAccount,
		String executorName, String routedBy, Instant routedAt) {
}

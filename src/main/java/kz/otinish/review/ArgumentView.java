package kz.otinish.review;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** REV-12: an argument of the applicant and, once checked, its finding with grounds. */
public record ArgumentView(UUID id, UUID appealId, int number, String argument, @Nullable Finding finding,
		@Nullable String grounds, @Nullable Instant foundAt) {
}

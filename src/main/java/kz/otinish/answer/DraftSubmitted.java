package kz.otinish.answer;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The executor sent a version of the draft answer to the one who approves it (the
 * school's dean, or the official who triages the appeal instead), named by account and
 * e-mail where the organization data has them. The hand-off is told to the approver; the
 * step itself is audited as {@code ANSWER_DRAFTED}.
 */
public record DraftSubmitted(UUID appealId, @Nullable String registrationNumber, String subject, int revision,
		@Nullable String approverAccount, @Nullable String approverEmail, Instant at) {
}

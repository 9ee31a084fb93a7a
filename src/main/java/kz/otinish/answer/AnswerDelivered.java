package kz.otinish.answer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * The approved answer reached the applicant (RES-1..RES-3); the appeal is ANSWERED. The
 * status change itself is audited by the appeal module. {@code emailTo} is set when the
 * answer also goes to the corporate e-mail (RES-3).
 */
public record AnswerDelivered(UUID appealId, @Nullable String registrationNumber, DeliveryMethod method,
		LocalDate deliveredOn, LocalDate complaintUntil, @Nullable String emailTo, @Nullable UUID applicantUserId,
		@Nullable String applicantEmail, Language language, Instant at) {
}

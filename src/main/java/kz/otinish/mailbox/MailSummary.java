package kz.otinish.mailbox;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A letter for the list, without its bytes. */
record MailSummary(UUID id, String mailbox, @Nullable String schoolCode, @Nullable String sender,
		@Nullable String subject, Instant receivedAt, long size, @Nullable UUID appealId, MailStatus status,
		@Nullable String notes, @Nullable Instant acknowledgedAt) {
}

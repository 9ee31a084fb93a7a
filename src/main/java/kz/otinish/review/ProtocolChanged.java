package kz.otinish.review;

import java.time.Instant;
import java.util.UUID;

/**
 * What a meeting's protocol records changed: attendance, minutes or a decision (REV-8).
 * The protocol is issued again from the meeting as it is now.
 *
 * @param meetingId the meeting
 * @param at when it changed
 */
public record ProtocolChanged(UUID meetingId, Instant at) {
}

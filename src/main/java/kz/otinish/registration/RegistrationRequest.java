package kz.otinish.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * What the journal records about an incoming appeal (TERM-7): which appeal, when and how
 * it arrived, who registered it and a brief summary of its content.
 */
public record RegistrationRequest(UUID appealId, Instant receivedAt, String channel, String registrar, String summary) {
}

package kz.otinish.privacy;

import java.time.Instant;

/** An account accepted this version of the consent text at this moment. */
public record AccountConsent(int version, Instant acceptedAt) {
}

package kz.otinish.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** REV-8..REV-10: the protocol decision, as data. */
public record AppealDecided(UUID appealId, Outcome outcome, @Nullable String body, String protocolNumber,
		LocalDate protocolDate, @Nullable UUID meetingId, Instant at) implements AppealEvent {

	@Override
	public String action() {
		return "DECIDE";
	}

	@Override
	public @Nullable String statusBefore() {
		return "IN_REVIEW";
	}

	@Override
	public String statusAfter() {
		return "DECIDED";
	}

	@Override
	public @Nullable String detail() {
		return this.outcome.name() + ", " + this.protocolNumber + ", " + this.protocolDate;
	}

}

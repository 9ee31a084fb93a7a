package kz.otinish.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * INT-4: an anonymous report was sent to a state body; the responsible officials must be
 * alerted at once.
 */
public record AppealForwarded(UUID appealId, @Nullable String registrationNumber, @Nullable String schoolCode,
		String stateBody, String outgoingNumber, Instant at) implements AppealEvent {

	@Override
	public String action() {
		return "FORWARD_TO_STATE_BODY";
	}

	@Override
	public @Nullable String statusBefore() {
		return "IN_TRIAGE";
	}

	@Override
	public String statusAfter() {
		return "FORWARDED_TO_STATE_BODY";
	}

	@Override
	public @Nullable String detail() {
		return this.stateBody + ", " + this.outgoingNumber;
	}

}

package kz.otinish.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** RES-1..RES-3: the answer reached the applicant, as described. */
public record AppealDelivered(UUID appealId, String how, Instant at) implements AppealEvent {

	@Override
	public String action() {
		return "DELIVER";
	}

	@Override
	public @Nullable String statusBefore() {
		return "DECIDED";
	}

	@Override
	public String statusAfter() {
		return "ANSWERED";
	}

	@Override
	public @Nullable String detail() {
		return this.how;
	}

}

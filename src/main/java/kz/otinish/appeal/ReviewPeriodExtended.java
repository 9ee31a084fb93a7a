package kz.otinish.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * DL-2: the review period now runs to a later day (the status does not change), extended
 * by this person (account, name).
 */
public record ReviewPeriodExtended(UUID appealId, AppealStatus status, LocalDate previousDue, LocalDate newDue,
		String reason, @Nullable String account, String extendedBy, Instant at) implements AppealEvent {

	@Override
	public String action() {
		return "EXTEND";
	}

	@Override
	public @Nullable String statusBefore() {
		return this.status.name();
	}

	@Override
	public String statusAfter() {
		return this.status.name();
	}

	@Override
	public @Nullable String detail() {
		return this.previousDue + " → " + this.newDue + ": " + this.reason;
	}

}

package kz.otinish.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** INT-4: an anonymous appeal was declared not subject to consideration. */
public record AppealNotConsidered(UUID appealId, String reason, Instant at) implements AppealEvent {

	@Override
	public String action() {
		return "DECLARE_NOT_CONSIDERED";
	}

	@Override
	public @Nullable String statusBefore() {
		return "IN_TRIAGE";
	}

	@Override
	public String statusAfter() {
		return "NOT_CONSIDERED";
	}

	@Override
	public @Nullable String detail() {
		return this.reason;
	}

}

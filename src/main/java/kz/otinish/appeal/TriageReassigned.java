package kz.otinish.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Conflict of interest, DL-4: the appeal is triaged by this official, or by the school's
 * dean again (null).
 */
public record TriageReassigned(UUID appealId, AppealStatus status, @Nullable String officialCode,
		Instant at) implements AppealEvent {

	@Override
	public String action() {
		return "TRIAGE_BY";
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
		return this.officialCode;
	}

}

package kz.otinish.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Conflict of interest: a person the appeal is about was recorded; triage may go to
 * another official.
 */
public record SubjectRecorded(UUID appealId, AppealStatus status, String fullName, @Nullable String triageOfficial,
		Instant at) implements AppealEvent {

	@Override
	public String action() {
		return "RECORD_SUBJECT";
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
		// the name of the person complained about stays out of the trail, which is never
		// anonymised; the appeal's subjects list keeps it
		return this.triageOfficial == null ? null : "→ " + this.triageOfficial;
	}

}

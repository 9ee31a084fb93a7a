package kz.otinish.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** REV-1: the dean took the appeal up. */
public record AppealTriageStarted(UUID appealId, Instant at) implements AppealEvent {

	@Override
	public String action() {
		return "START_TRIAGE";
	}

	@Override
	public @Nullable String statusBefore() {
		return "REGISTERED";
	}

	@Override
	public String statusAfter() {
		return "IN_TRIAGE";
	}

	@Override
	public @Nullable String detail() {
		return null;
	}

}

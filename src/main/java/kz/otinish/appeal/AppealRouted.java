package kz.otinish.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * REV-1: the appeal went to a collegial body (its code) and an executor prepares the
 * draft.
 */
public record AppealRouted(UUID appealId, String body, String executorAccount, String executorName,
		Instant at) implements AppealEvent {

	@Override
	public String action() {
		return "SEND_TO_REVIEW";
	}

	@Override
	public @Nullable String statusBefore() {
		return "IN_TRIAGE";
	}

	@Override
	public String statusAfter() {
		return "IN_REVIEW";
	}

	@Override
	public @Nullable String detail() {
		return this.body + " / " + this.executorName;
	}

}

package kz.otinish.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * REV-11: consideration of a repeated appeal was terminated; the reference names the
 * earlier file.
 */
public record AppealTerminated(UUID appealId, String reference, Instant at) implements AppealEvent {

	@Override
	public String action() {
		return "TERMINATE";
	}

	@Override
	public @Nullable String statusBefore() {
		return "IN_TRIAGE";
	}

	@Override
	public String statusAfter() {
		return "TERMINATED";
	}

	@Override
	public @Nullable String detail() {
		return this.reference;
	}

}

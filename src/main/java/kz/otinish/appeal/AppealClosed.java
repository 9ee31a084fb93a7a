package kz.otinish.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The appeal is done. */
public record AppealClosed(UUID appealId, Instant at) implements AppealEvent {

	@Override
	public String action() {
		return "CLOSE";
	}

	@Override
	public @Nullable String statusBefore() {
		return "ANSWERED";
	}

	@Override
	public String statusAfter() {
		return "CLOSED";
	}

	@Override
	public @Nullable String detail() {
		return null;
	}

}

package kz.otinish.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** DL-3: returned without consideration, with the dean's explanation. */
public record AppealReturned(UUID appealId, AppealStatus from, String explanation, Instant at) implements AppealEvent {

	@Override
	public String action() {
		return "RETURN_WITHOUT_CONSIDERATION";
	}

	@Override
	public @Nullable String statusBefore() {
		return this.from.name();
	}

	@Override
	public String statusAfter() {
		return "RETURNED_WITHOUT_CONSIDERATION";
	}

	@Override
	public @Nullable String detail() {
		return this.explanation;
	}

}

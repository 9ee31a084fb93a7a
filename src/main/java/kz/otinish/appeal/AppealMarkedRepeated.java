package kz.otinish.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** TERM-6: the appeal repeats an earlier one (its number or subject) on this ground. */
public record AppealMarkedRepeated(UUID appealId, AppealStatus status, UUID earlierAppealId, String earlierReference,
		RepeatGround ground, Instant at) implements AppealEvent {

	@Override
	public String action() {
		return "MARK_REPEATED";
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
		return this.earlierReference + " (" + this.ground.name() + ")";
	}

}

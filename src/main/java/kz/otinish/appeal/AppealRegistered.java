package kz.otinish.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** INT-1, TERM-7: the appeal was entered in the journal under this number. */
public record AppealRegistered(UUID appealId, String registrationNumber, Channel channel,
		Instant at) implements AppealEvent {

	@Override
	public String action() {
		return "REGISTER";
	}

	@Override
	public @Nullable String statusBefore() {
		return "RECEIVED";
	}

	@Override
	public String statusAfter() {
		return "REGISTERED";
	}

	@Override
	public @Nullable String detail() {
		return this.registrationNumber;
	}

}

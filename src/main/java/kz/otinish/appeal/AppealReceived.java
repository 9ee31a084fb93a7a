package kz.otinish.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An appeal reached us by this channel and waits for registration (INT-5). */
public record AppealReceived(UUID appealId, Channel channel, Instant at) implements AppealEvent {

	@Override
	public String action() {
		return "RECEIVE";
	}

	@Override
	public @Nullable String statusBefore() {
		return null;
	}

	@Override
	public String statusAfter() {
		return "RECEIVED";
	}

	@Override
	public @Nullable String detail() {
		return this.channel.name();
	}

}

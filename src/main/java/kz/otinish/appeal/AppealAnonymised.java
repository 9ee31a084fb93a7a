package kz.otinish.appeal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The retention period after closing has passed and the appeal's personal data were
 * wiped; its status, school, category, outcome and dates stay for the statistics. Every
 * module that keeps personal data about the appeal wipes its own on this event.
 */
public record AppealAnonymised(UUID appealId, AppealStatus status, Instant at) implements AppealEvent {

	@Override
	public String action() {
		return "ANONYMISE";
	}

	@Override
	public @Nullable String statusBefore() {
		return this.status.name();
	}

	@Override
	public @Nullable String statusAfter() {
		return this.status.name();
	}

}

package kz.otinish.identity;

import java.time.Instant;
import java.util.UUID;

/** An account chose another preferred language (audited). */
public record AccountLanguageChanged(UUID accountId, String before, String after, Instant at) implements AccountEvent {

	@Override
	public String action() {
		return "CHANGE_LANGUAGE";
	}

	@Override
	public String statusBefore() {
		return this.before;
	}

	@Override
	public String statusAfter() {
		return this.after;
	}

	@Override
	public String detail() {
		return this.before + " → " + this.after;
	}

}

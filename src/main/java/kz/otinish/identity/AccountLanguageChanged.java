package kz.otinish.identity;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.shared.AuditedChange;

/** An account chose another preferred language (audited). */
public record AccountLanguageChanged(UUID accountId, String before, String after, Instant at) implements AuditedChange {

	@Override
	public String subjectType() {
		return "ACCOUNT";
	}

	@Override
	public UUID subjectId() {
		return this.accountId;
	}

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

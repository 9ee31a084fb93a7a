package kz.otinish.privacy;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.shared.AuditedChange;
import org.jspecify.annotations.Nullable;

/** An account accepted a version of the consent text (audited, without personal data). */
record ConsentAccepted(UUID accountId, int version, Instant at) implements AuditedChange {

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
		return "ACCEPT_CONSENT";
	}

	@Override
	public @Nullable String statusBefore() {
		return null;
	}

	@Override
	public @Nullable String statusAfter() {
		return null;
	}

	@Override
	public String detail() {
		return "v" + this.version;
	}

}

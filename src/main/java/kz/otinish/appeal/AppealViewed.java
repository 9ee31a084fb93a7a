package kz.otinish.appeal;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.shared.AuditedChange;

/** Someone opened a confidential appeal; the audit trail records every such view. */
record AppealViewed(UUID appealId, AppealStatus status, Instant at) implements AuditedChange {

	@Override
	public String subjectType() {
		return "APPEAL";
	}

	@Override
	public UUID subjectId() {
		return this.appealId;
	}

	@Override
	public String action() {
		return "VIEW";
	}

	@Override
	public String statusBefore() {
		return this.status.name();
	}

	@Override
	public String statusAfter() {
		return this.status.name();
	}

}

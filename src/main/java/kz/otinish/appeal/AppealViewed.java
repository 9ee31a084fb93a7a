package kz.otinish.appeal;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.shared.AppealFact;

/** Someone opened a confidential appeal; the audit trail records every such view. */
record AppealViewed(UUID appealId, AppealStatus status, Instant at) implements AppealFact<AppealStatus> {

	@Override
	public String action() {
		return "VIEW";
	}

}

package kz.otinish.privacy;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.identity.AccountEvent;

/** An account accepted a version of the consent text (audited, without personal data). */
record ConsentAccepted(UUID accountId, int version, Instant at) implements AccountEvent {

	@Override
	public String action() {
		return "ACCEPT_CONSENT";
	}

	@Override
	public String detail() {
		return "v" + this.version;
	}

}

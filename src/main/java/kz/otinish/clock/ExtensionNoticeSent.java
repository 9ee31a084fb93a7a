package kz.otinish.clock;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.shared.AuditedChange;
import org.jspecify.annotations.Nullable;

/** DL-2: the applicant was told of an extension; recorded in the appeal's trail. */
record ExtensionNoticeSent(UUID appealId, Instant at, String detail) implements AuditedChange {

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
		return "EXTENSION_NOTICE";
	}

	@Override
	public @Nullable String statusBefore() {
		return null;
	}

	@Override
	public @Nullable String statusAfter() {
		return null;
	}

}

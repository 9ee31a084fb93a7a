package kz.otinish.appeal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * TERM-5: the registrar identified the author of an anonymous appeal; it is a named one
 * now. The name and the reply address stay in the appeal (wiped on retention), out of the
 * trail.
 */
public record ApplicantIdentified(UUID appealId, AppealStatus status, Instant at) implements AppealEvent {

	@Override
	public String action() {
		return "IDENTIFY_APPLICANT";
	}

	@Override
	public @Nullable String statusBefore() {
		return this.status.name();
	}

	@Override
	public String statusAfter() {
		return this.status.name();
	}

	@Override
	public @Nullable String detail() {
		return null;
	}

}

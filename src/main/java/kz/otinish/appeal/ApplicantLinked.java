package kz.otinish.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * INT-2a: the appeal was linked to this applicant's account (the status does not change).
 */
public record ApplicantLinked(UUID appealId, AppealStatus status, UUID accountId, String accountName,
		Instant at) implements AppealEvent {

	@Override
	public String action() {
		return "LINK_APPLICANT";
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
		// the applicant's name stays out of the trail, which is never anonymised
		return null;
	}

}

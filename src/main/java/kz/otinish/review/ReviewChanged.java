package kz.otinish.review;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.shared.AuditedChange;
import org.jspecify.annotations.Nullable;

/**
 * Something in the consideration of an appeal (or a meeting) changed: routing, a
 * commission, a request, a finding, a decision, a measure done. Audited; the subject is
 * the appeal (type {@code APPEAL}) so it shows on the appeal's timeline, or the meeting.
 */
public record ReviewChanged(String subjectType, UUID subjectId, String action, Instant at,
		@Nullable String detail) implements AuditedChange {

	static ReviewChanged ofAppeal(UUID appealId, String action, Instant at, @Nullable String detail) {
		return new ReviewChanged("APPEAL", appealId, action, at, detail);
	}

	static ReviewChanged ofMeeting(UUID meetingId, String action, Instant at, @Nullable String detail) {
		return new ReviewChanged("MEETING", meetingId, action, at, detail);
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

package kz.otinish.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import kz.otinish.organization.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A meeting of a body or of an extended commission, with its protocol (number per forum
 * and year), agenda, attendance and minutes. For the letters module's protocol.
 *
 * @param bodyCode the body, or {@code null} for a commission's meeting
 * @param commissionId the commission, or {@code null} for a body's meeting
 * @param forumNames the body's names; {@code null} for a commission (see
 * {@code review.commission.name})
 * @param cancelledAt when the meeting was cancelled (its number kept), or {@code null}
 */
public record MeetingView(UUID id, String forumKey, @Nullable String bodyCode, @Nullable UUID commissionId,
		@Nullable LocalizedText forumNames, @Nullable String schoolCode, LocalDate date, int protocolYear,
		int protocolNumber, @Nullable String minutes, List<UUID> agenda, List<AttendanceView> attendance,
		String createdBy, Instant createdAt, @Nullable Instant cancelledAt, @Nullable String cancelReason) {

	/**
	 * Cancelled before any decision: the protocol keeps its number and records the
	 * cancellation.
	 */
	public boolean cancelled() {
		return this.cancelledAt != null;
	}

	/** The protocol's number as printed: {@code 3/2026}. */
	public String protocol() {
		return this.protocolNumber + "/" + this.protocolYear;
	}

	public boolean ofCommission() {
		return this.commissionId != null;
	}

	public @Nullable String forumName(Locale locale) {
		return this.forumNames == null ? null : this.forumNames.in(locale);
	}

	public boolean attendanceRecorded() {
		return !this.attendance.isEmpty();
	}

	/**
	 * The meeting as a person sees it who is a subject of the {@code hidden} appeals:
	 * without those items (conflict of interest).
	 */
	MeetingView without(java.util.Set<UUID> hidden) {
		if (hidden.isEmpty()) {
			return this;
		}
		return new MeetingView(this.id, this.forumKey, this.bodyCode, this.commissionId, this.forumNames,
				this.schoolCode, this.date, this.protocolYear, this.protocolNumber, this.minutes,
				this.agenda.stream().filter(item -> !hidden.contains(item)).toList(), this.attendance, this.createdBy,
				this.createdAt, this.cancelledAt, this.cancelReason);
	}

}

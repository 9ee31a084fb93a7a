package kz.otinish.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntSupplier;

import kz.otinish.organization.LocalizedText;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

/**
 * A meeting of a body or an extended commission and its protocol: the number per forum
 * and year given when it is scheduled, the agenda, the attendance and the minutes. Until
 * a decision is recorded at it the agenda may change and it may be cancelled; a cancelled
 * meeting keeps its number and takes nothing more.
 */
final class Meeting {

	private final UUID id;

	private final String forumKey;

	private final @Nullable String bodyCode;

	private final @Nullable UUID commissionId;

	private final @Nullable String schoolCode;

	private final LocalDate date;

	private final int protocolYear;

	private final int protocolNumber;

	private @Nullable String minutes;

	private List<UUID> agenda;

	private List<AttendanceView> attendance;

	private final String createdBy;

	private final Instant createdAt;

	private @Nullable Instant cancelledAt;

	private @Nullable String cancelReason;

	private final int decisions;

	Meeting(UUID id, String forumKey, @Nullable String bodyCode, @Nullable UUID commissionId,
			@Nullable String schoolCode, LocalDate date, int protocolYear, int protocolNumber, @Nullable String minutes,
			List<UUID> agenda, List<AttendanceView> attendance, String createdBy, Instant createdAt,
			@Nullable Instant cancelledAt, @Nullable String cancelReason, int decisions) {
		this.id = id;
		this.forumKey = forumKey;
		this.bodyCode = bodyCode;
		this.commissionId = commissionId;
		this.schoolCode = schoolCode;
		this.date = date;
		this.protocolYear = protocolYear;
		this.protocolNumber = protocolNumber;
		this.minutes = minutes;
		this.agenda = List.copyOf(agenda);
		this.attendance = List.copyOf(attendance);
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.cancelledAt = cancelledAt;
		this.cancelReason = cancelReason;
		this.decisions = decisions;
	}

	/**
	 * Schedules a meeting; its protocol takes the forum's next number for the date's year
	 * ({@code nextNumber}), asked only once the meeting is accepted. Refused with an
	 * empty agenda or an appeal not among {@code allowed} (the forum's).
	 */
	static Meeting schedule(String forumKey, @Nullable String schoolCode, LocalDate date, IntSupplier nextNumber,
			List<UUID> agenda, Set<UUID> allowed, String createdBy, Instant now) {
		if (agenda.isEmpty()) {
			throw new Refused("review.meeting.agendaEmpty");
		}
		if (!allowed.containsAll(agenda)) {
			throw new Refused("review.meeting.notForThisForum");
		}
		UUID commissionId = Commission.idIn(forumKey);
		return new Meeting(UUID.randomUUID(), forumKey, commissionId == null ? forumKey : null, commissionId,
				schoolCode, date, date.getYear(), nextNumber.getAsInt(), null, agenda, List.of(), createdBy, now, null,
				null, 0);
	}

	/** Nothing more is recorded at a cancelled meeting. */
	void requireOpen() {
		if (cancelled()) {
			throw new Refused("review.meeting.isCancelled");
		}
	}

	/**
	 * Who was present, by name, from the forum's {@code members}; everyone else was
	 * absent. Refused when nobody of them was present.
	 */
	void recordAttendance(List<AttendanceView> members, List<String> present) {
		requireOpen();
		if (members.stream().noneMatch(member -> present.contains(member.fullName()))) {
			throw new Refused("review.meeting.nobodyPresent");
		}
		this.attendance = members.stream()
			.map(member -> new AttendanceView(member.fullName(), member.role(), member.account(),
					present.contains(member.fullName())))
			.toList();
	}

	/**
	 * Conflict of interest: an item is decided by those present who are not its subjects
	 * ({@code subject}); refused when only subjects were present. Without attendance the
	 * decision refuses on its own ({@link Decision#record}).
	 */
	void requirePresentBesides(java.util.function.Predicate<AttendanceView> subject) {
		if (attendanceRecorded() && this.attendance.stream().filter(AttendanceView::present).allMatch(subject)) {
			throw new Refused("review.conflict.nobodyPresent");
		}
	}

	void recordMinutes(@Nullable String text) {
		requireOpen();
		if (Rows.blank(text)) {
			throw new Refused("review.meeting.minutesMissing");
		}
		this.minutes = text.strip();
	}

	/**
	 * May the agenda still change, or the meeting be cancelled: not cancelled, no
	 * decision yet.
	 */
	boolean changeable() {
		return !cancelled() && this.decisions == 0;
	}

	private void requireChangeable() {
		requireOpen();
		if (this.decisions > 0) {
			throw new Refused("review.meeting.hasDecisions");
		}
	}

	/**
	 * Changes the agenda before any decision; the protocol number stays. Returns the
	 * appeals removed from it.
	 */
	List<UUID> changeAgenda(List<UUID> agenda, Set<UUID> allowed) {
		requireChangeable();
		List<UUID> wanted = agenda.stream().distinct().toList();
		if (wanted.isEmpty()) {
			throw new Refused("review.meeting.agendaEmpty");
		}
		if (!allowed.containsAll(wanted)) {
			throw new Refused("review.meeting.notForThisForum");
		}
		List<UUID> removed = new ArrayList<>(this.agenda);
		removed.removeAll(wanted);
		this.agenda = wanted;
		return removed;
	}

	/**
	 * Cancels the meeting before any decision, with a reason; its number is kept, so the
	 * numbering stays gapless.
	 */
	void cancel(@Nullable String reason, Instant now) {
		requireChangeable();
		if (Rows.blank(reason)) {
			throw new Refused("review.meeting.cancelReasonMissing");
		}
		this.cancelledAt = now;
		this.cancelReason = reason.strip();
	}

	boolean cancelled() {
		return this.cancelledAt != null;
	}

	/** A decision is taken only on an appeal of the agenda of a meeting not cancelled. */
	void requireOnAgenda(UUID appealId) {
		requireOpen();
		if (!this.agenda.contains(appealId)) {
			throw new Refused("review.decision.notOnAgenda");
		}
	}

	boolean attendanceRecorded() {
		return !this.attendance.isEmpty();
	}

	boolean ofCommission() {
		return this.commissionId != null;
	}

	String protocol() {
		return this.protocolNumber + "/" + this.protocolYear;
	}

	UUID id() {
		return this.id;
	}

	String forumKey() {
		return this.forumKey;
	}

	@Nullable String bodyCode() {
		return this.bodyCode;
	}

	@Nullable UUID commissionId() {
		return this.commissionId;
	}

	@Nullable String schoolCode() {
		return this.schoolCode;
	}

	LocalDate date() {
		return this.date;
	}

	int protocolYear() {
		return this.protocolYear;
	}

	int protocolNumber() {
		return this.protocolNumber;
	}

	@Nullable String minutes() {
		return this.minutes;
	}

	List<UUID> agenda() {
		return this.agenda;
	}

	List<AttendanceView> attendance() {
		return this.attendance;
	}

	String createdBy() {
		return this.createdBy;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	@Nullable Instant cancelledAt() {
		return this.cancelledAt;
	}

	@Nullable String cancelReason() {
		return this.cancelReason;
	}

	MeetingView toView(@Nullable LocalizedText forumNames) {
		return new MeetingView(this.id, this.forumKey, this.bodyCode, this.commissionId, forumNames, this.schoolCode,
				this.date, this.protocolYear, this.protocolNumber, this.minutes, this.agenda, this.attendance,
				this.createdBy, this.createdAt, this.cancelledAt, this.cancelReason);
	}

}

package kz.otinish.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealAccessPolicy;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.organization.BodyView;
import kz.otinish.organization.Organization;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orchestrates meetings and their protocols: who may run them, load, let {@link Meeting}
 * decide, save, publish.
 */
@Service
class MeetingManagement {

	private final Meetings meetings;

	private final Forums forums;

	private final Commissions commissions;

	private final Routings routings;

	private final ProtocolCounters counters;

	private final AppealManagement appeals;

	private final Organization organization;

	private final AppealAccessPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MeetingManagement(Meetings meetings, Forums forums, Commissions commissions, Routings routings,
			ProtocolCounters counters, AppealManagement appeals, Organization organization, AppealAccessPolicy policy,
			ApplicationEventPublisher events, Clock clock) {
		this.meetings = meetings;
		this.forums = forums;
		this.commissions = commissions;
		this.routings = routings;
		this.counters = counters;
		this.appeals = appeals;
		this.organization = organization;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/** In review, routed to the body (or the commission's own appeal). */
	@Transactional(readOnly = true)
	List<Appeal> candidates(String forumKey) {
		UUID commissionId = Commission.idIn(forumKey);
		List<UUID> ids = commissionId != null ? this.commissions.find(commissionId)
			.map(commission -> List.of(commission.appealId()))
			.orElse(List.of()) : this.routings.routedTo(forumKey);
		return ids.stream()
			.map(this.appeals::find)
			.flatMap(Optional::stream)
			.filter(appeal -> appeal.status() == AppealStatus.IN_REVIEW)
			.toList();
	}

	/**
	 * The forum's candidates this person may put on an agenda: never an appeal they are a
	 * subject of.
	 */
	@Transactional(readOnly = true)
	List<Appeal> candidates(String forumKey, CurrentUser user) {
		return candidates(forumKey).stream().filter(appeal -> !this.policy.isSubject(user, appeal.id())).toList();
	}

	/** Conflict of interest: the appeals among these that this person is a subject of. */
	Set<UUID> about(CurrentUser user, java.util.Collection<UUID> appealIds) {
		return appealIds.stream().filter(id -> this.policy.isSubject(user, id)).collect(Collectors.toSet());
	}

	private void requireNoItemAbout(CurrentUser user, java.util.Collection<UUID> appealIds, String refusal) {
		if (!about(user, appealIds).isEmpty()) {
			throw new Refused(refusal);
		}
	}

	@Transactional
	MeetingView scheduleMeeting(String forumKey, LocalDate date, List<UUID> agenda, CurrentUser user) {
		if (!this.forums.canRun(user, forumKey)) {
			throw new NotFound("review.meeting.notFound");
		}
		requireNoItemAbout(user, agenda, "review.conflict.agenda");
		Set<UUID> allowed = candidates(forumKey).stream().map(Appeal::id).collect(Collectors.toSet());
		UUID commissionId = Commission.idIn(forumKey);
		String school = commissionId != null
				? this.commissions.find(commissionId).map(Commission::schoolCode).orElse(null)
				: this.organization.body(forumKey).map(BodyView::schoolCode).orElse(null);
		Meeting meeting = Meeting.schedule(forumKey, school, date, () -> this.counters.next(forumKey, date.getYear()),
				agenda, allowed, user.fullName(), this.clock.instant());
		this.meetings.add(meeting);
		for (UUID appealId : meeting.agenda()) {
			this.events.publishEvent(ReviewChanged.ofAppeal(appealId, "PUT_ON_AGENDA", meeting.createdAt(),
					meeting.protocol() + ", " + date));
		}
		this.events.publishEvent(ReviewChanged.ofMeeting(meeting.id(), "SCHEDULE_MEETING", meeting.createdAt(),
				forumKey + " " + meeting.protocol()));
		return meeting(meeting.id()).orElseThrow();
	}

	@Transactional(readOnly = true)
	List<AttendanceView> membersOf(MeetingView meeting) {
		if (meeting.commissionId() != null) {
			return this.commissions.find(meeting.commissionId())
				.map(Commission::members)
				.orElse(List.of())
				.stream()
				.map(member -> new AttendanceView(member.fullName(), member.kind().name(), null, true))
				.toList();
		}
		return this.organization.membersOf(meeting.bodyCode())
			.stream()
			.map(member -> new AttendanceView(member.fullName(), member.role().name(), member.account(), true))
			.toList();
	}

	@Transactional
	MeetingView recordAttendance(UUID meetingId, List<String> present, CurrentUser user) {
		Meeting meeting = runnable(meetingId, user);
		requireNoItemAbout(user, meeting.agenda(), "review.conflict.attendance");
		List<AttendanceView> members = membersOf(view(meeting));
		meeting.recordAttendance(members, present);
		this.meetings.save(meeting);
		this.events.publishEvent(ReviewChanged.ofMeeting(meetingId, "RECORD_ATTENDANCE", this.clock.instant(),
				present.size() + "/" + members.size()));
		this.events.publishEvent(new ProtocolChanged(meetingId, this.clock.instant()));
		return meeting(meetingId).orElseThrow();
	}

	@Transactional
	MeetingView recordMinutes(UUID meetingId, String minutes, CurrentUser user) {
		Meeting meeting = runnable(meetingId, user);
		meeting.recordMinutes(minutes);
		this.meetings.save(meeting);
		this.events.publishEvent(ReviewChanged.ofMeeting(meetingId, "RECORD_MINUTES", this.clock.instant(), null));
		this.events.publishEvent(new ProtocolChanged(meetingId, this.clock.instant()));
		return meeting(meetingId).orElseThrow();
	}

	@Transactional(readOnly = true)
	MeetingView meeting(UUID id, CurrentUser user) {
		MeetingView meeting = meeting(id).orElseThrow(() -> new NotFound("review.meeting.notFound"));
		boolean sits = this.forums.canRun(user, meeting.forumKey()) || user.is(Role.OFFICIAL)
				|| user.is(Role.DEAN) && user.servesSchool(meeting.schoolCode())
				|| this.forums.of(user).stream().anyMatch(forum -> forum.key().equals(meeting.forumKey()));
		if (!sits) {
			throw new NotFound("review.meeting.notFound");
		}
		return meeting.without(about(user, meeting.agenda()));
	}

	/**
	 * The whole meeting for its protocol, for who may see the meeting and is a subject of
	 * none of its items; 404 otherwise (the protocol holds every item's findings).
	 */
	@Transactional(readOnly = true)
	MeetingView protocolOf(UUID id, CurrentUser user) {
		MeetingView seen = meeting(id, user);
		MeetingView whole = meeting(id).orElseThrow(() -> new NotFound("review.meeting.notFound"));
		if (seen.agenda().size() != whole.agenda().size()) {
			throw new NotFound("review.meeting.notFound");
		}
		return whole;
	}

	@Transactional(readOnly = true)
	Optional<MeetingView> meeting(UUID id) {
		return this.meetings.find(id).map(this::view);
	}

	@Transactional(readOnly = true)
	List<MeetingView> meetingsOf(String forumKey) {
		return this.meetings.ofForum(forumKey).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	List<MeetingView> meetingsWith(UUID appealId) {
		return this.meetings.withAppeal(appealId).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	List<MeetingView> agendaOf(CurrentUser user) {
		LocalDate today = LocalDate.now(this.clock);
		return this.forums.of(user)
			.stream()
			.flatMap(forum -> meetingsOf(forum.key()).stream())
			.map(meeting -> meeting.without(about(user, meeting.agenda())))
			.sorted(Comparator.comparing((MeetingView meeting) -> meeting.date().isBefore(today))
				.thenComparing(MeetingView::date))
			.toList();
	}

	/**
	 * The meeting, if this person runs its forum (404 otherwise); refused once cancelled.
	 */
	Meeting runnable(UUID meetingId, CurrentUser user) {
		Meeting meeting = this.meetings.find(meetingId).orElseThrow(() -> new NotFound("review.meeting.notFound"));
		if (!this.forums.canRun(user, meeting.forumKey())) {
			throw new NotFound("review.meeting.notFound");
		}
		meeting.requireOpen();
		return meeting;
	}

	/**
	 * The meeting, to record the decision on one item: 404 for who may neither run the
	 * forum nor preside over the item; refused for a person the appeal is about, and when
	 * nobody but subjects was present.
	 */
	Meeting decidable(UUID meetingId, UUID appealId, CurrentUser user) {
		Meeting meeting = this.meetings.find(meetingId).orElseThrow(() -> new NotFound("review.meeting.notFound"));
		if (this.policy.isSubject(user, appealId)) {
			throw new Refused("review.conflict.decision");
		}
		if (!this.forums.canDecide(user, meeting.forumKey(), appealId)) {
			throw new NotFound("review.meeting.notFound");
		}
		meeting.requireOpen();
		meeting.requirePresentBesides(member -> this.forums.isSubject(member.account(), appealId));
		return meeting;
	}

	@Transactional(readOnly = true)
	boolean canChangeMeeting(MeetingView meeting, CurrentUser user) {
		return about(user, meeting.agenda()).isEmpty() && this.forums.canRun(user, meeting.forumKey())
				&& this.meetings.find(meeting.id()).map(Meeting::changeable).orElse(false);
	}

	@Transactional(readOnly = true)
	List<Appeal> agendaCandidates(MeetingView meeting) {
		Map<UUID, Appeal> found = new LinkedHashMap<>();
		meeting.agenda().forEach(id -> this.appeals.find(id).ifPresent(appeal -> found.put(id, appeal)));
		candidates(meeting.forumKey()).forEach(appeal -> found.putIfAbsent(appeal.id(), appeal));
		return List.copyOf(found.values());
	}

	@Transactional
	MeetingView updateAgenda(UUID meetingId, List<UUID> agenda, CurrentUser user) {
		Meeting meeting = runnable(meetingId, user);
		List<UUID> before = meeting.agenda();
		requireNoItemAbout(user, before, "review.conflict.agenda");
		requireNoItemAbout(user, agenda, "review.conflict.agenda");
		Set<UUID> allowed = agendaCandidates(view(meeting)).stream().map(Appeal::id).collect(Collectors.toSet());
		List<UUID> removed = meeting.changeAgenda(agenda, allowed);
		this.meetings.save(meeting);
		Instant now = this.clock.instant();
		meeting.agenda()
			.stream()
			.filter(id -> !before.contains(id))
			.forEach(id -> this.events.publishEvent(
					ReviewChanged.ofAppeal(id, "PUT_ON_AGENDA", now, meeting.protocol() + ", " + meeting.date())));
		removed.forEach(id -> this.events
			.publishEvent(ReviewChanged.ofAppeal(id, "REMOVE_FROM_AGENDA", now, meeting.protocol())));
		this.events.publishEvent(ReviewChanged.ofMeeting(meetingId, "UPDATE_AGENDA", now,
				meeting.forumKey() + " " + meeting.protocol() + ": " + meeting.agenda().size()));
		return meeting(meetingId).orElseThrow();
	}

	@Transactional
	MeetingView cancelMeeting(UUID meetingId, @Nullable String reason, CurrentUser user) {
		Meeting meeting = runnable(meetingId, user);
		requireNoItemAbout(user, meeting.agenda(), "review.conflict.agenda");
		Instant now = this.clock.instant();
		meeting.cancel(reason, now);
		this.meetings.save(meeting);
		meeting.agenda()
			.forEach(id -> this.events
				.publishEvent(ReviewChanged.ofAppeal(id, "REMOVE_FROM_AGENDA", now, meeting.protocol())));
		this.events.publishEvent(ReviewChanged.ofMeeting(meetingId, "CANCEL_MEETING", now,
				meeting.forumKey() + " " + meeting.protocol() + ": " + meeting.cancelReason()));
		return meeting(meetingId).orElseThrow();
	}

	MeetingView view(Meeting meeting) {
		String bodyCode = meeting.bodyCode();
		return meeting
			.toView(bodyCode == null ? null : this.organization.body(bodyCode).map(BodyView::names).orElse(null));
	}

}

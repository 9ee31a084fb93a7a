package kz.otinish.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealSubject;
import kz.otinish.appeal.IncomingFile;
import kz.otinish.identity.CurrentUser;
import kz.otinish.organization.BodyView;
import kz.otinish.shared.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review module's façade (sop.md REV-1..REV-12): routing by the dean, the extended
 * commission, meetings and their protocols, verification, findings and protocol decisions
 * with measures and recommendations. Pages and the API pass the signed-in person; the
 * methods without one ({@link #decisionOf}, {@link #meeting(UUID)},
 * {@link #commissionOf}) are for other modules acting on the system's behalf (letters,
 * answers). The rules live in the model ({@link Commission}, {@link Meeting},
 * {@link Verification}, {@link Decision}); each area's service loads, calls the model,
 * saves and publishes (see docs/review.md for the rule → method table).
 */
@Service
public class Reviews {

	private final RoutingManagement routing;

	private final CommissionManagement commissions;

	private final CommissionChoices choices;

	private final Forums forums;

	private final MeetingManagement meetings;

	private final VerificationManagement verifications;

	private final DecisionManagement decisions;

	private final AppealManagement appeals;

	Reviews(RoutingManagement routing, CommissionManagement commissions, CommissionChoices choices, Forums forums,
			MeetingManagement meetings, VerificationManagement verifications, DecisionManagement decisions,
			AppealManagement appeals) {
		this.routing = routing;
		this.commissions = commissions;
		this.choices = choices;
		this.forums = forums;
		this.meetings = meetings;
		this.verifications = verifications;
		this.decisions = decisions;
		this.appeals = appeals;
	}

	/** What the appeal page offers the dean for routing, or {@code canRoute == false}. */
	public RoutingOptions routingOptions(Appeal appeal, CurrentUser user) {
		return this.routing.routingOptions(appeal, user);
	}

	/**
	 * REV-2..REV-5: the body suggested from the appeal's category (configuration
	 * {@code otinish.review.suggested-body.*}).
	 */
	public Optional<BodyView> suggestedBody(Appeal appeal) {
		return this.routing.suggestedBody(appeal);
	}

	/** The school's bodies and the university's Ethics Council. */
	public List<BodyView> bodiesFor(Appeal appeal) {
		return this.routing.bodiesFor(appeal);
	}

	/** The school's accounts who may prepare the draft answer, never a subject. */
	public List<CurrentUser> executors(Appeal appeal) {
		return this.routing.executors(appeal);
	}

	/**
	 * REV-1: the dean routes the appeal to a body and names the executor; the appeal goes
	 * to IN_REVIEW. Never an anonymous appeal (INT-4).
	 */
	public RoutingView route(UUID appealId, String bodyCode, String executorAccount, CurrentUser dean) {
		return this.routing.route(appealId, bodyCode, executorAccount, dean);
	}

	/**
	 * REV-1, corrected: may this person send the routed appeal to another body or
	 * executor now?
	 */
	public boolean canReassign(Appeal appeal, CurrentUser user) {
		return this.routing.canReassign(appeal, user);
	}

	/**
	 * REV-1, corrected: another body and/or executor, with a reason (audited; the new
	 * executor and the new body's secretary are told, the applicant only of a new body).
	 */
	public RoutingView reassign(UUID appealId, String bodyCode, String executorAccount, String reason,
			CurrentUser dean) {
		return this.routing.reassign(appealId, bodyCode, executorAccount, reason, dean);
	}

	public Optional<RoutingView> routingOf(UUID appealId) {
		return this.routing.routingOf(appealId);
	}

	/**
	 * REV-11: the dean terminates the consideration of a repeated appeal (marked so by
	 * TERM-6) whose earlier file reached an answer, citing that file's verification
	 * materials and its answer.
	 */
	public Appeal terminateRepeated(UUID appealId, String materialsReference, String answerReference,
			CurrentUser dean) {
		return this.routing.terminateRepeated(appealId, materialsReference, answerReference, dean);
	}

	/**
	 * Records a person the appeal is about. When it is the school's dean (by account or
	 * name), triage goes to the next official up (Organization.higherOfficial).
	 */
	public AppealSubject recordSubject(UUID appealId, @Nullable String fullName, @Nullable String account,
			CurrentUser user) {
		return this.routing.recordSubject(appealId, fullName, account, user);
	}

	/**
	 * The members the commission form starts with, from the organization's data: the
	 * units' contacts and the bodies' chairs, for the mandatory kinds.
	 */
	@Transactional(readOnly = true)
	public Map<MemberKind, String> suggestedMembers(Appeal appeal) {
		return this.choices.suggestedMembers(appeal);
	}

	/**
	 * REV-6: names to choose from for each kind of member, from the organization data:
	 * the unit's contact person for a unit, every member of the body for a body; for
	 * {@link MemberKind#OTHER} everyone of the units and the school's bodies. A name may
	 * still be typed in.
	 */
	@Transactional(readOnly = true)
	public Map<MemberKind, List<String>> memberChoices(Appeal appeal) {
		return this.choices.memberChoices(appeal);
	}

	/** REV-6: the kinds of member this appeal's commission must have. */
	public List<MemberKind> mandatoryKinds(Appeal appeal) {
		return this.choices.mandatoryKinds(appeal);
	}

	/** May this person form a commission for this appeal now? */
	public boolean canFormCommission(Appeal appeal, CurrentUser user) {
		return this.commissions.canFormCommission(appeal, user);
	}

	/**
	 * REV-6: the dean's order forms an extended commission for an unresolved appeal,
	 * chaired by the dean; refused, naming what is missing, without every mandatory
	 * member for the applicant's type ({@link Commission#form}).
	 */
	public CommissionView formCommission(UUID appealId, NewCommission order, CurrentUser dean) {
		return this.commissions.formCommission(appealId, order, dean);
	}

	/** REV-6: the appeal's extended commission, for the letters module's order. */
	public Optional<CommissionView> commissionOf(UUID appealId) {
		return this.commissions.commissionOf(appealId);
	}

	/**
	 * The forums this person runs or sits in: their bodies and the commissions they chair
	 * (or, for a school's secretary, the school's commissions).
	 */
	@Transactional(readOnly = true)
	public List<Forum> forumsOf(CurrentUser user) {
		return this.forums.of(user);
	}

	/**
	 * May this person run the forum's meetings: the secretary or chair of the body (by
	 * account in the organization's data); a commission's chair or the school's body
	 * secretary.
	 */
	@Transactional(readOnly = true)
	public boolean canRun(CurrentUser user, String forumKey) {
		return this.forums.canRun(user, forumKey);
	}

	/**
	 * The appeals a forum may put on its agenda: in review, routed to the body (or the
	 * commission's own appeal), not decided.
	 */
	public List<Appeal> candidates(String forumKey) {
		return this.meetings.candidates(forumKey);
	}

	/**
	 * A meeting of a body or commission with its agenda; its protocol takes the forum's
	 * next number for the meeting's year (no gaps, no repeats).
	 */
	public MeetingView scheduleMeeting(String forumKey, java.time.LocalDate date, List<UUID> agenda, CurrentUser user) {
		return this.meetings.scheduleMeeting(forumKey, date, agenda, user);
	}

	/** Whose attendance a meeting records: the body's members, or the commission's. */
	public List<AttendanceView> membersOf(MeetingView meeting) {
		return this.meetings.membersOf(meeting);
	}

	/** Who was present (by name, from the forum's members); everyone else was absent. */
	public MeetingView recordAttendance(UUID meetingId, List<String> present, CurrentUser user) {
		return this.meetings.recordAttendance(meetingId, present, user);
	}

	/** The meeting's minutes. */
	public MeetingView recordMinutes(UUID meetingId, String minutes, CurrentUser user) {
		return this.meetings.recordMinutes(meetingId, minutes, user);
	}

	/**
	 * The meeting, for who runs or sits in its forum, the dean, the officials; else 404.
	 */
	public MeetingView meeting(UUID id, CurrentUser user) {
		return this.meetings.meeting(id, user);
	}

	/** A meeting and its protocol, for the letters module (no scope check). */
	public Optional<MeetingView> meeting(UUID id) {
		return this.meetings.meeting(id);
	}

	/** A forum's meetings, newest first. */
	public List<MeetingView> meetingsOf(String forumKey) {
		return this.meetings.meetingsOf(forumKey);
	}

	/**
	 * "My agenda": the meetings of every forum this person sits in, today's and later
	 * first, then the past.
	 */
	public List<MeetingView> agendaOf(CurrentUser user) {
		return this.meetings.agendaOf(user);
	}

	/**
	 * May this person still change the meeting (agenda, cancellation): runs it, not
	 * cancelled, no decision recorded at it.
	 */
	public boolean canChangeMeeting(MeetingView meeting, CurrentUser user) {
		return this.meetings.canChangeMeeting(meeting, user);
	}

	/**
	 * Appeals that may be put on this meeting's agenda: the forum's, or already on it.
	 */
	public List<Appeal> agendaCandidates(MeetingView meeting) {
		return this.meetings.agendaCandidates(meeting);
	}

	/**
	 * Changes the agenda before any decision is recorded; the protocol number stays.
	 * Appeals added and removed are recorded on their timelines.
	 */
	public MeetingView updateAgenda(UUID meetingId, List<UUID> agenda, CurrentUser user) {
		return this.meetings.updateAgenda(meetingId, agenda, user);
	}

	/**
	 * Cancels a meeting before any decision is recorded. Its protocol number is kept (the
	 * numbering stays gapless) and the protocol records the cancellation and its reason;
	 * the appeals on its agenda may go on another meeting's.
	 */
	public MeetingView cancelMeeting(UUID meetingId, @Nullable String reason, CurrentUser user) {
		return this.meetings.cancelMeeting(meetingId, reason, user);
	}

	/**
	 * May this person work on the appeal's verification: the dean (triage), the executor,
	 * or whoever runs the body it was routed to or its commission.
	 */
	public boolean canHandle(CurrentUser user, Appeal appeal) {
		return this.verifications.canHandle(user, appeal);
	}

	/** REV-7: a request to a unit for documents, due by a date. */
	public RequestView requestDocuments(UUID appealId, String unitName, String text, java.time.LocalDate dueOn,
			CurrentUser user) {
		return this.verifications.requestDocuments(appealId, unitName, text, dueOn, user);
	}

	/**
	 * REV-7: the unit's response, with a file checked by the appeal's attachment policy
	 * (type from content, size).
	 */
	public RequestView attachResponse(UUID requestId, String note, @Nullable IncomingFile file, CurrentUser user) {
		return this.verifications.attachResponse(requestId, note, file, user);
	}

	/** REV-7: a response's file, of this appeal's request, for who sees its review. */
	public ResponseFile responseFile(UUID appealId, UUID requestId, CurrentUser user) {
		return this.verifications.responseFile(appealId, requestId, user);
	}

	/** REV-12: lists an argument of the applicant for checking. */
	public ArgumentView addArgument(UUID appealId, String argument, CurrentUser user) {
		return this.verifications.addArgument(appealId, argument, user);
	}

	/** REV-12: the finding on an argument — confirmed or not — with its grounds. */
	public ArgumentView recordFinding(UUID argumentId, Finding finding, String grounds, CurrentUser user) {
		return this.verifications.recordFinding(null, argumentId, finding, grounds, user);
	}

	/** The same, for an argument of this appeal only. */
	public ArgumentView recordFinding(UUID appealId, UUID argumentId, Finding finding, String grounds,
			CurrentUser user) {
		return this.verifications.recordFinding(appealId, argumentId, finding, grounds, user);
	}

	/**
	 * REV-8..REV-10, REV-12: the protocol decision on an agenda item, recorded at the
	 * meeting ({@link Decision#record}). The appeal goes to DECIDED.
	 */
	public DecisionView decide(UUID meetingId, UUID appealId, NewDecision decision, CurrentUser user) {
		return this.decisions.decide(meetingId, appealId, decision, user);
	}

	/**
	 * The protocol decision on an appeal, with its meeting, findings, measures and
	 * recommendations: for the answer and letters modules (no scope check).
	 */
	public Optional<DecisionView> decisionOf(UUID appealId) {
		return this.decisions.decisionOf(appealId);
	}

	/**
	 * REV-8, REV-10: a measure or recommendation is done, with a note; by whoever handles
	 * the appeal or the responsible person.
	 */
	public ActionView completeAction(UUID actionId, String note, CurrentUser user) {
		return this.decisions.completeAction(actionId, note, user);
	}

	/**
	 * REV-8..REV-10, STAT-1: the measures and recommendations of these appeals'
	 * decisions, done or not, for the school council's report; the caller has chosen the
	 * appeals within its reader's scope.
	 */
	public List<ActionView> actionsOf(java.util.Collection<UUID> appealIds) {
		return appealIds.isEmpty() ? List.of() : this.decisions.actionsOf(appealIds);
	}

	/** Measures and recommendations not yet done, the nearest due date first. */
	public List<ActionView> openActions() {
		return this.decisions.openActions();
	}

	/**
	 * REV-8, REV-10 tracked to completion: the open measures and recommendations this
	 * person follows, the nearest due date first. Officials: every one; a dean: the
	 * school's; whoever handles the appeal (executor, the body's secretary or chair) and
	 * the responsible person named in the decision (by the account's full name): theirs.
	 * Never one of an appeal the person may not see (conflict of interest).
	 */
	public List<TrackedAction> openActions(CurrentUser user) {
		return this.decisions.openActions(user);
	}

	/** One open action, if this person follows it (the tracking list's scope). */
	public Optional<TrackedAction> trackedAction(UUID actionId, CurrentUser user) {
		return openActions(user).stream().filter(tracked -> tracked.action().id().equals(actionId)).findFirst();
	}

	/** Everything about the appeal's consideration, if this person may see the appeal. */
	@Transactional(readOnly = true)
	public ReviewView review(UUID appealId, CurrentUser user) {
		this.appeals.get(appealId, user);
		if (user.role().isApplicant()) {
			// the working file (findings, minutes, measures) is the bodies'; the
			// applicant
			// learns the outcome from the answer
			throw NotFound.appeal();
		}
		Verification verification = this.verifications.of(appealId);
		return new ReviewView(appealId, routingOf(appealId).orElse(null), commissionOf(appealId).orElse(null),
				verification.requests(), verification.arguments(), this.meetings.meetingsWith(appealId),
				decisionOf(appealId).orElse(null), this.decisions.actionsOf(appealId));
	}

}

package kz.otinish.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import kz.otinish.appeal.Actor;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.AppealDecision;
import kz.otinish.appeal.AppealAccessPolicy;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Registration;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.shared.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orchestrates protocol decisions and their measures and recommendations (REV-8..REV-10):
 * load the meeting and the verification, let {@link Decision} decide, save, move the
 * appeal, publish.
 */
@Service
class DecisionManagement {

	private final Decisions decisions;

	private final MeetingManagement meetings;

	private final VerificationManagement verifications;

	private final Commissions commissions;

	private final AppealManagement appeals;

	private final AppealAccessPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DecisionManagement(Decisions decisions, MeetingManagement meetings, VerificationManagement verifications,
			Commissions commissions, AppealManagement appeals, AppealAccessPolicy policy,
			ApplicationEventPublisher events, Clock clock) {
		this.decisions = decisions;
		this.meetings = meetings;
		this.verifications = verifications;
		this.commissions = commissions;
		this.appeals = appeals;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	DecisionView decide(UUID meetingId, UUID appealId, NewDecision newDecision, CurrentUser user) {
		Meeting meeting = this.meetings.decidable(meetingId, appealId, user);
		meeting.requireOnAgenda(appealId);
		Appeal appeal = this.appeals.find(appealId).orElseThrow(NotFound::appeal);
		Instant now = this.clock.instant();
		Decision decision = Decision.record(meeting, appealId, appeal.status(), this.verifications.of(appealId),
				newDecision, user.fullName(), now);
		this.decisions.add(decision);
		this.appeals.perform(appealId, new AppealCommand.Decide(new AppealDecision(decision.outcome(),
				meeting.bodyCode(), meeting.protocol(), meeting.date(), meetingId)), Actor.person(user));
		this.events.publishEvent(ReviewChanged.ofMeeting(meetingId, "RECORD_DECISION", now,
				appeal.registration().map(Registration::number).orElse(appeal.subject()) + ": " + decision.outcome()));
		this.events.publishEvent(new ProtocolChanged(meetingId, now));
		return decisionOf(appealId).orElseThrow();
	}

	@Transactional(readOnly = true)
	Optional<DecisionView> decisionOf(UUID appealId) {
		return this.decisions.ofAppeal(appealId).map(decision -> {
			MeetingView meeting = this.meetings.meeting(decision.meetingId()).orElseThrow();
			return new DecisionView(appealId, decision.outcome(), decision.reasons(), meeting,
					meeting.commissionId() == null ? null
							: this.commissions.find(meeting.commissionId()).map(Commission::toView).orElse(null),
					this.verifications.of(appealId).arguments(), decision.measures(), decision.recommendations(),
					decision.untrueRecognized(), decision.applicantMeasures(), decision.apology(), decision.decidedBy(),
					decision.decidedAt());
		});
	}

	@Transactional
	ActionView completeAction(UUID actionId, String note, CurrentUser user) {
		ActionView action = this.decisions.action(actionId).orElseThrow(() -> new NotFound("review.action.notFound"));
		Appeal appeal = this.appeals.find(action.appealId()).orElseThrow(NotFound::appeal);
		// the responsible person named in the decision follows the measure without seeing
		// the appeal; a person the appeal is about never
		if (this.policy.isSubject(user, appeal) || !this.policy.canSee(user, appeal) && !isResponsible(user, action)) {
			throw NotFound.appeal();
		}
		VerificationManagement.refuseUnlessHandles(user,
				this.verifications.canHandle(user, appeal) || isResponsible(user, action));
		Decision decision = this.decisions.ofAppeal(action.appealId())
			.orElseThrow(() -> new NotFound("review.action.notFound"));
		Instant now = this.clock.instant();
		decision.complete(actionId, note, now);
		this.decisions.save(decision);
		this.events
			.publishEvent(ReviewChanged.ofAppeal(action.appealId(), "COMPLETE_" + action.kind(), now, action.text()));
		return this.decisions.action(actionId).orElseThrow();
	}

	@Transactional(readOnly = true)
	List<ActionView> actionsOf(java.util.Collection<UUID> appealIds) {
		return this.decisions.actionsOf(appealIds);
	}

	List<ActionView> actionsOf(UUID appealId) {
		return this.decisions.actionsOf(appealId);
	}

	@Transactional(readOnly = true)
	List<ActionView> openActions() {
		return this.decisions.openActions();
	}

	@Transactional(readOnly = true)
	List<TrackedAction> openActions(CurrentUser user) {
		LocalDate today = LocalDate.now(this.clock);
		List<TrackedAction> tracked = new ArrayList<>();
		Map<UUID, Optional<Appeal>> appealsById = new HashMap<>();
		for (ActionView action : openActions()) {
			Optional<Appeal> found = appealsById.computeIfAbsent(action.appealId(), this.appeals::find);
			if (found.isEmpty() || this.policy.isSubject(user, found.get())
					|| !this.policy.canSee(user, found.get()) && !isResponsible(user, action)) {
				continue;
			}
			Appeal appeal = found.get();
			boolean handles = this.verifications.canHandle(user, appeal);
			boolean responsible = isResponsible(user, action);
			boolean follows = user.is(Role.OFFICIAL) || user.is(Role.DEAN) && user.servesSchool(appeal.schoolCode())
					|| handles || responsible;
			if (follows) {
				tracked.add(new TrackedAction(action, appeal.id(),
						appeal.registration().map(Registration::number).orElse(appeal.trackingCode()), appeal.subject(),
						appeal.schoolCode(), action.dueOn().isBefore(today), handles || responsible));
			}
		}
		return tracked;
	}

	/** The responsible person named in the decision is this account (by full name). */
	static boolean isResponsible(CurrentUser user, ActionView action) {
		return normalized(action.responsible()).equals(normalized(user.fullName()));
	}

	private static String normalized(@Nullable String name) {
		return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}

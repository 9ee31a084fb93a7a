package kz.otinish.review;

import kz.otinish.appeal.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import kz.otinish.appeal.AppealStatus;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

/**
 * The protocol decision on one appeal, recorded at a meeting (REV-8..REV-10, REV-12),
 * with its measures and recommendations, each tracked until marked done.
 */
final class Decision {

	private final UUID appealId;

	private final UUID meetingId;

	private final Outcome outcome;

	private final String reasons;

	private final boolean untrueRecognized;

	private final @Nullable String applicantMeasures;

	private final @Nullable String apology;

	private final String decidedBy;

	private final Instant decidedAt;

	private final List<ActionView> actions;

	Decision(UUID appealId, UUID meetingId, Outcome outcome, String reasons, boolean untrueRecognized,
			@Nullable String applicantMeasures, @Nullable String apology, String decidedBy, Instant decidedAt,
			List<ActionView> actions) {
		this.appealId = appealId;
		this.meetingId = meetingId;
		this.outcome = outcome;
		this.reasons = reasons;
		this.untrueRecognized = untrueRecognized;
		this.applicantMeasures = applicantMeasures;
		this.apology = apology;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
		this.actions = new ArrayList<>(actions);
	}

	/**
	 * Records the decision on an appeal of the meeting's agenda. Refused at a cancelled
	 * meeting, for an appeal not on its agenda or not in review, before attendance is
	 * recorded, without reasons, without arguments or with one unchecked (REV-12), with
	 * confirmed facts and no measure (REV-8), with an incomplete measure or
	 * recommendation, and for a recognition as untrue (REV-9) anywhere but at an extended
	 * commission's meeting, without an unconfirmed argument, or without the measures
	 * against the applicant and the apology.
	 */
	static Decision record(Meeting meeting, UUID appealId, AppealStatus status, Verification verification,
			NewDecision decision, String decidedBy, Instant now) {
		meeting.requireOnAgenda(appealId);
		if (status != AppealStatus.IN_REVIEW) {
			throw new Refused("review.refused.notInReview");
		}
		if (!meeting.attendanceRecorded()) {
			throw new Refused("review.decision.noAttendance");
		}
		if (Rows.blank(decision.reasons())) {
			throw new Refused("review.decision.reasonsMissing");
		}
		if (verification.arguments().isEmpty()) {
			throw new Refused("review.decision.noArguments");
		}
		List<String> unchecked = verification.unchecked();
		if (!unchecked.isEmpty()) {
			throw new Refused("review.decision.argumentsUnchecked", String.join(", ", unchecked));
		}
		boolean measures = decision.actions().stream().anyMatch(action -> action.kind() == ActionKind.MEASURE);
		if (verification.anyFound(Finding.CONFIRMED) && !measures) {
			throw new Refused("review.decision.measuresRequired");
		}
		for (NewAction action : decision.actions()) {
			if (Rows.blank(action.addressee()) || Rows.blank(action.text()) || Rows.blank(action.responsible())) {
				throw new Refused("review.decision.actionIncomplete");
			}
		}
		if (decision.untrueRecognized()) {
			if (!meeting.ofCommission()) {
				throw new Refused("review.decision.untrueOnlyCommission");
			}
			if (!verification.anyFound(Finding.NOT_CONFIRMED)) {
				throw new Refused("review.decision.untrueNeedsUnconfirmed");
			}
			if (Rows.blank(decision.applicantMeasures()) || Rows.blank(decision.apology())) {
				throw new Refused("review.decision.untrueIncomplete");
			}
		}
		List<ActionView> actions = decision.actions()
			.stream()
			.map(action -> new ActionView(UUID.randomUUID(), appealId, action.kind(), action.addressee().strip(),
					action.text().strip(), action.responsible().strip(), action.dueOn(),
					action.kind() == ActionKind.MEASURE && action.disciplinary(), null, null))
			.toList();
		boolean untrue = decision.untrueRecognized();
		return new Decision(appealId, meeting.id(), decision.outcome(), decision.reasons().strip(), untrue,
				untrue ? decision.applicantMeasures() : null, untrue ? decision.apology() : null, decidedBy, now,
				actions);
	}

	/**
	 * REV-8, REV-10: a measure or recommendation is done, with a note; once only.
	 */
	ActionView complete(UUID actionId, @Nullable String note, Instant now) {
		for (int i = 0; i < this.actions.size(); i++) {
			ActionView action = this.actions.get(i);
			if (action.id().equals(actionId)) {
				if (action.done()) {
					throw new Refused("review.action.alreadyDone");
				}
				if (Rows.blank(note)) {
					throw new Refused("review.action.noteMissing");
				}
				ActionView done = new ActionView(action.id(), action.appealId(), action.kind(), action.addressee(),
						action.text(), action.responsible(), action.dueOn(), action.disciplinary(), now, note.strip());
				this.actions.set(i, done);
				return done;
			}
		}
		throw new NotFound("review.action.notFound");
	}

	List<ActionView> measures() {
		return this.actions.stream().filter(action -> action.kind() == ActionKind.MEASURE).toList();
	}

	List<ActionView> recommendations() {
		return this.actions.stream().filter(action -> action.kind() == ActionKind.RECOMMENDATION).toList();
	}

	UUID appealId() {
		return this.appealId;
	}

	UUID meetingId() {
		return this.meetingId;
	}

	Outcome outcome() {
		return this.outcome;
	}

	String reasons() {
		return this.reasons;
	}

	boolean untrueRecognized() {
		return this.untrueRecognized;
	}

	@Nullable String applicantMeasures() {
		return this.applicantMeasures;
	}

	@Nullable String apology() {
		return this.apology;
	}

	String decidedBy() {
		return this.decidedBy;
	}

	Instant decidedAt() {
		return this.decidedAt;
	}

	List<ActionView> actions() {
		return List.copyOf(this.actions);
	}

}

package kz.otinish.review;

import kz.otinish.appeal.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import kz.otinish.appeal.AppealStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecisionTests {

	static final Instant NOW = Instant.parse("2026-12-10T09:00:00Z");

	static final UUID APPEAL = UUID.randomUUID();

	static final NewAction MEASURE = new NewAction(ActionKind.MEASURE, " Department ", " Re-grade ", " Head ",
			LocalDate.of(2026, 12, 20), true);

	static final NewAction RECOMMENDATION = new NewAction(ActionKind.RECOMMENDATION, "Faculty", "Train", "Head",
			LocalDate.of(2026, 12, 30), true);

	static Meeting meeting(String forumKey) {
		Meeting meeting = Meeting.schedule(forumKey, "GM1", LocalDate.of(2026, 12, 10), () -> 1, List.of(APPEAL),
				Set.of(APPEAL), "Secretary", NOW);
		meeting.recordAttendance(List.of(new AttendanceView("Chair", "CHAIR", null, true)), List.of("Chair"));
		return meeting;
	}

	static Verification checked(Finding... findings) {
		Verification verification = new Verification(APPEAL, List.of(), List.of());
		for (Finding finding : findings) {
			ArgumentView argument = verification.addArgument("argument");
			verification.recordFinding(argument.id(), finding, "grounds", NOW);
		}
		return verification;
	}

	static NewDecision decision(List<NewAction> actions) {
		return new NewDecision(Outcome.PARTLY_SATISFIED, " reasons ", actions, false, null, null);
	}

	static NewDecision untrue(String measures, String apology) {
		return new NewDecision(Outcome.NOT_SATISFIED, "reasons", List.of(), true, measures, apology);
	}

	static Decision record(Meeting meeting, Verification verification, NewDecision decision) {
		return Decision.record(meeting, APPEAL, AppealStatus.IN_REVIEW, verification, decision, "Chair", NOW);
	}

	static String refusal(Runnable action) {
		try {
			action.run();
		}
		catch (kz.otinish.shared.Refused refused) {
			return refused.messageKey();
		}
		return "accepted";
	}

	@Test
	@DisplayName("REV-8, REV-10, REV-12: recorded with its measures and recommendations; a disciplinary flag only on a measure")
	void recorded() {
		Decision decision = record(meeting("GM1-EPC"), checked(Finding.CONFIRMED, Finding.NOT_CONFIRMED),
				decision(List.of(MEASURE, RECOMMENDATION)));
		assertThat(decision.reasons()).isEqualTo("reasons");
		assertThat(decision.measures()).singleElement().satisfies(measure -> {
			assertThat(measure.addressee()).isEqualTo("Department");
			assertThat(measure.disciplinary()).isTrue();
		});
		assertThat(decision.recommendations()).singleElement()
			.satisfies(recommendation -> assertThat(recommendation.disciplinary()).isFalse());
		assertThat(decision.untrueRecognized()).isFalse();
		assertThat(decision.apology()).isNull();
	}

	@Test
	@DisplayName("Decisions: only on the agenda of a meeting not cancelled, for an appeal in review, after attendance, with reasons")
	void refusedOutOfPlace() {
		Verification verification = checked(Finding.NOT_CONFIRMED);
		Meeting meeting = meeting("GM1-EPC");
		assertThat(refusal(() -> Decision.record(meeting, UUID.randomUUID(), AppealStatus.IN_REVIEW, verification,
				decision(List.of()), "Chair", NOW)))
			.isEqualTo("review.decision.notOnAgenda");
		assertThat(refusal(() -> Decision.record(meeting, APPEAL, AppealStatus.DECIDED, verification,
				decision(List.of()), "Chair", NOW)))
			.isEqualTo("review.refused.notInReview");
		Meeting noAttendance = Meeting.schedule("GM1-EPC", "GM1", LocalDate.of(2026, 12, 10), () -> 2, List.of(APPEAL),
				Set.of(APPEAL), "Secretary", NOW);
		assertThat(refusal(() -> record(noAttendance, verification, decision(List.of()))))
			.isEqualTo("review.decision.noAttendance");
		assertThat(refusal(() -> record(meeting, verification,
				new NewDecision(Outcome.EXPLAINED, " ", List.of(), false, null, null))))
			.isEqualTo("review.decision.reasonsMissing");
		Meeting cancelled = Meeting.schedule("GM1-EPC", "GM1", LocalDate.of(2026, 12, 10), () -> 3, List.of(APPEAL),
				Set.of(APPEAL), "Secretary", NOW);
		cancelled.cancel("no quorum", NOW);
		assertThat(refusal(() -> record(cancelled, verification, decision(List.of()))))
			.isEqualTo("review.meeting.isCancelled");
	}

	@Test
	@DisplayName("REV-12: refused without arguments or with one unchecked; REV-8: confirmed facts need a measure; actions complete")
	void refusedUnchecked() {
		Meeting meeting = meeting("GM1-EPC");
		assertThat(refusal(() -> record(meeting, checked(), decision(List.of()))))
			.isEqualTo("review.decision.noArguments");
		Verification unchecked = checked(Finding.CONFIRMED);
		unchecked.addArgument("open");
		assertThat(refusal(() -> record(meeting, unchecked, decision(List.of(MEASURE)))))
			.isEqualTo("review.decision.argumentsUnchecked");
		assertThat(refusal(() -> record(meeting, checked(Finding.CONFIRMED), decision(List.of(RECOMMENDATION)))))
			.isEqualTo("review.decision.measuresRequired");
		NewAction incomplete = new NewAction(ActionKind.MEASURE, "Department", "Re-grade", " ",
				LocalDate.of(2026, 12, 20), false);
		assertThat(refusal(() -> record(meeting, checked(Finding.CONFIRMED), decision(List.of(incomplete)))))
			.isEqualTo("review.decision.actionIncomplete");
		assertThat(refusal(() -> record(meeting, checked(Finding.NOT_CONFIRMED), decision(List.of()))))
			.isEqualTo("accepted");
	}

	@Test
	@DisplayName("REV-9: recognition as untrue only at an extended commission's meeting, with an unconfirmed argument, the measures against the applicant and the apology")
	void untrueOnlyByCommission() {
		String commission = Commission.FORUM_PREFIX + UUID.randomUUID();
		assertThat(refusal(() -> record(meeting("GM1-EPC"), checked(Finding.NOT_CONFIRMED), untrue("m", "a"))))
			.isEqualTo("review.decision.untrueOnlyCommission");
		assertThat(refusal(() -> record(meeting(commission), checked(Finding.CONFIRMED),
				new NewDecision(Outcome.NOT_SATISFIED, "r", List.of(MEASURE), true, "m", "a"))))
			.isEqualTo("review.decision.untrueNeedsUnconfirmed");
		assertThat(refusal(() -> record(meeting(commission), checked(Finding.NOT_CONFIRMED), untrue("m", " "))))
			.isEqualTo("review.decision.untrueIncomplete");
		Decision decision = record(meeting(commission), checked(Finding.NOT_CONFIRMED), untrue("reprimand", "sorry"));
		assertThat(decision.untrueRecognized()).isTrue();
		assertThat(decision.applicantMeasures()).isEqualTo("reprimand");
		assertThat(decision.apology()).isEqualTo("sorry");
	}

	@Test
	@DisplayName("REV-8, REV-10 tracked to completion: marked done once, with a note")
	void actionDone() {
		Decision decision = record(meeting("GM1-EPC"), checked(Finding.CONFIRMED), decision(List.of(MEASURE)));
		UUID measure = decision.measures().get(0).id();
		assertThat(refusal(() -> decision.complete(measure, " ", NOW))).isEqualTo("review.action.noteMissing");
		ActionView done = decision.complete(measure, " re-graded ", NOW);
		assertThat(done.done()).isTrue();
		assertThat(done.doneNote()).isEqualTo("re-graded");
		assertThat(refusal(() -> decision.complete(measure, "again", NOW))).isEqualTo("review.action.alreadyDone");
	}

}

package kz.otinish.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import kz.otinish.registration.RegistrationNumber;
import kz.otinish.shared.Refused;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The aggregate follows its status table for every action from every status, and keeps
 * its own guards (INT-4) and events.
 */
class AppealTransitionsTests {

	static final Instant NOW = Instant.parse("2026-11-25T06:00:00Z");

	@DisplayName("INT-1, REV-1, DL-3, INT-4, REV-11, REV-8, RES-1: every action on the aggregate is allowed exactly where the table allows it, and refused elsewhere naming the status")
	@ParameterizedTest
	@EnumSource(AppealStatus.class)
	void everyActionFromEveryStatus(AppealStatus status) {
		for (AppealAction action : AppealAction.values()) {
			boolean anonymous = action == AppealAction.DECLARE_NOT_CONSIDERED
					|| action == AppealAction.FORWARD_TO_STATE_BODY;
			Appeal appeal = inStatus(status, anonymous);
			boolean allowed = AppealActionTests.EXPECTED_FROM.get(action).contains(status)
					// a triage decision takes a registered appeal into triage first
					|| status == AppealStatus.REGISTERED && (action == AppealAction.DECLARE_NOT_CONSIDERED
							|| action == AppealAction.FORWARD_TO_STATE_BODY || action == AppealAction.TERMINATE
							|| action == AppealAction.SEND_TO_REVIEW);
			if (allowed) {
				step(action).accept(appeal);
				assertThat(appeal.status()).as("%s from %s", action, status).isEqualTo(action.to());
			}
			else {
				assertThatThrownBy(() -> step(action).accept(appeal)).as("%s from %s", action, status)
					.isInstanceOf(Refused.class);
				assertThat(appeal.status()).isEqualTo(status);
			}
		}
	}

	@Test
	@DisplayName("INT-4: an anonymous appeal is never routed to a body; a named one is never declared not considered")
	void anonymousGuards() {
		Appeal anonymous = inStatus(AppealStatus.IN_TRIAGE, true);
		assertThatThrownBy(() -> anonymous.route("EPC", "executor", "Executor", NOW)).isInstanceOf(Refused.class)
			.satisfies(ex -> assertThat(((Refused) ex).messageKey()).isEqualTo("review.route.anonymous"));
		assertThat(anonymous.status()).isEqualTo(AppealStatus.IN_TRIAGE);
		Appeal named = inStatus(AppealStatus.IN_TRIAGE, false);
		assertThatThrownBy(() -> named.declareNotConsidered("x", NOW)).isInstanceOf(Refused.class)
			.satisfies(ex -> assertThat(((Refused) ex).messageKey()).isEqualTo("appeal.refused.notAnonymous"));
	}

	@Test
	@DisplayName("REV-8: the decision is kept on the appeal as data, not as a note")
	void decisionIsData() {
		Appeal appeal = inStatus(AppealStatus.IN_REVIEW, false);
		AppealDecision decision = new AppealDecision(Outcome.PARTLY_SATISFIED, "EPC", "1/2026",
				LocalDate.of(2026, 12, 3), null);
		appeal.decide(decision, NOW);
		assertThat(appeal.decision()).contains(decision);
		assertThat(appeal.outcome()).contains(Outcome.PARTLY_SATISFIED);
		assertThat(appeal.statusNote()).isNull();
	}

	@Test
	@DisplayName("DL-1, DL-2: the open statuses are defined once: registered, in triage, in review, decided")
	void openStatuses() {
		assertThat(AppealStatus.OPEN).containsExactlyInAnyOrder(AppealStatus.REGISTERED, AppealStatus.IN_TRIAGE,
				AppealStatus.IN_REVIEW, AppealStatus.DECIDED);
		for (AppealStatus status : AppealStatus.values()) {
			assertThat(inStatus(status, false).isOpen()).isEqualTo(AppealStatus.OPEN.contains(status));
		}
	}

	static Consumer<Appeal> step(AppealAction action) {
		return switch (action) {
			case REGISTER ->
				appeal -> appeal.register(new RegistrationNumber("GM1", 2026, 9, "GM1-2026-9"), "R", NOW, List.of());
			case START_TRIAGE -> appeal -> appeal.startTriage(NOW);
			case RETURN_WITHOUT_CONSIDERATION -> appeal -> appeal.returnWithoutConsideration("no substance", NOW);
			case DECLARE_NOT_CONSIDERED -> appeal -> appeal.declareNotConsidered("anonymous", NOW);
			case FORWARD_TO_STATE_BODY ->
				appeal -> appeal.forwardToStateBody(new StateBodyForwarding("Police", NOW, "01-12/1", "letter"), NOW);
			case TERMINATE -> appeal -> appeal.terminate("earlier file", NOW);
			case SEND_TO_REVIEW -> appeal -> appeal.route("EPC", "executor", "Executor", NOW);
			case DECIDE -> appeal -> appeal.decide(TestSteps.decide(Outcome.SATISFIED).decision(), NOW);
			case DELIVER -> appeal -> appeal.deliver("in person", java.time.LocalDate.of(2026, 12, 1), 3, NOW);
			case CLOSE -> appeal -> appeal.close(false, NOW);
		};
	}

	/** An appeal brought to the status through the aggregate's own steps. */
	static Appeal inStatus(AppealStatus status, boolean anonymous) {
		boolean canBeAnonymous = status == AppealStatus.RECEIVED || status == AppealStatus.REGISTERED
				|| status == AppealStatus.IN_TRIAGE;
		Appeal appeal = new Appeal(anonymous && canBeAnonymous ? AppealFixtures.anonymousLetter("GM1")
				: AppealFixtures.studentApplication(null, "GM1"), "CODE-" + status, NOW);
		List<AppealAction> path = switch (status) {
			case RECEIVED -> List.of();
			case REGISTERED -> List.of(AppealAction.REGISTER);
			case IN_TRIAGE -> List.of(AppealAction.REGISTER, AppealAction.START_TRIAGE);
			case RETURNED_WITHOUT_CONSIDERATION ->
				List.of(AppealAction.REGISTER, AppealAction.RETURN_WITHOUT_CONSIDERATION);
			case NOT_CONSIDERED -> List.of(AppealAction.REGISTER, AppealAction.START_TRIAGE);
			case FORWARDED_TO_STATE_BODY -> List.of(AppealAction.REGISTER, AppealAction.START_TRIAGE);
			case TERMINATED -> List.of(AppealAction.REGISTER, AppealAction.START_TRIAGE, AppealAction.TERMINATE);
			case IN_REVIEW -> List.of(AppealAction.REGISTER, AppealAction.START_TRIAGE, AppealAction.SEND_TO_REVIEW);
			case DECIDED -> List.of(AppealAction.REGISTER, AppealAction.START_TRIAGE, AppealAction.SEND_TO_REVIEW,
					AppealAction.DECIDE);
			case ANSWERED -> List.of(AppealAction.REGISTER, AppealAction.START_TRIAGE, AppealAction.SEND_TO_REVIEW,
					AppealAction.DECIDE, AppealAction.DELIVER);
			case CLOSED -> List.of(AppealAction.REGISTER, AppealAction.START_TRIAGE, AppealAction.SEND_TO_REVIEW,
					AppealAction.DECIDE, AppealAction.DELIVER, AppealAction.CLOSE);
		};
		Appeal target = status == AppealStatus.NOT_CONSIDERED || status == AppealStatus.FORWARDED_TO_STATE_BODY
				? new Appeal(AppealFixtures.anonymousLetter("GM1"), "CODE-" + status, NOW) : appeal;
		path.forEach(action -> step(action).accept(target));
		if (status == AppealStatus.NOT_CONSIDERED) {
			step(AppealAction.DECLARE_NOT_CONSIDERED).accept(target);
		}
		if (status == AppealStatus.FORWARDED_TO_STATE_BODY) {
			step(AppealAction.FORWARD_TO_STATE_BODY).accept(target);
		}
		assertThat(target.status()).isEqualTo(status);
		return target;
	}

}

package kz.otinish.appeal;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static kz.otinish.appeal.AppealStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The status machine, checked action by action against every status. */
class AppealActionTests {

	// The expected table, written out independently of AppealAction so that a change to
	// one
	// without the other fails here.
	static final Map<AppealAction, Set<AppealStatus>> EXPECTED_FROM = Map.of(AppealAction.REGISTER, Set.of(RECEIVED),
			AppealAction.START_TRIAGE, Set.of(REGISTERED), AppealAction.RETURN_WITHOUT_CONSIDERATION,
			Set.of(REGISTERED, IN_TRIAGE), AppealAction.DECLARE_NOT_CONSIDERED, Set.of(IN_TRIAGE),
			AppealAction.FORWARD_TO_STATE_BODY, Set.of(IN_TRIAGE), AppealAction.TERMINATE, Set.of(IN_TRIAGE),
			AppealAction.SEND_TO_REVIEW, Set.of(IN_TRIAGE), AppealAction.DECIDE, Set.of(IN_REVIEW),
			AppealAction.DELIVER, Set.of(DECIDED), AppealAction.CLOSE, Set.of(ANSWERED));

	@DisplayName("INT-1, DL-3, INT-4, REV-11: each action is allowed exactly from the statuses of the table")
	@ParameterizedTest
	@EnumSource(AppealAction.class)
	void actionIsAllowedOnlyFromItsStatuses(AppealAction action) {
		for (AppealStatus status : AppealStatus.values()) {
			assertThat(action.allowedFrom(status)).as("%s from %s", action, status)
				.isEqualTo(EXPECTED_FROM.get(action).contains(status));
		}
	}

	@DisplayName("Final statuses: returned (DL-3), not considered and forwarded (INT-4), terminated (REV-11), closed")
	@ParameterizedTest
	@EnumSource(AppealStatus.class)
	void finalStatusesHaveNoWayOut(AppealStatus status) {
		Set<AppealStatus> finals = Set.of(RETURNED_WITHOUT_CONSIDERATION, NOT_CONSIDERED, FORWARDED_TO_STATE_BODY,
				TERMINATED, CLOSED);
		assertThat(status.isFinal()).isEqualTo(finals.contains(status));
	}

	@DisplayName("INT-1: only a registered appeal can go to consideration")
	@ParameterizedTest
	@EnumSource(AppealAction.class)
	void nothingButRegistrationLeavesReceived(AppealAction action) {
		assertThat(action.allowedFrom(RECEIVED)).isEqualTo(action == AppealAction.REGISTER);
	}

}

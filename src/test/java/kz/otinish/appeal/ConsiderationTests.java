package kz.otinish.appeal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What "consideration" means in the status table. */
class ConsiderationTests {

	@Test
	@DisplayName("TERM-9: a decision is reached only on a registered appeal the dean has triaged: every way to DECIDED passes REGISTERED and IN_TRIAGE")
	void aDecisionNeedsRegistrationAndTriage() {
		assertThat(reachableFrom(AppealStatus.RECEIVED, EnumSet.noneOf(AppealStatus.class)))
			.contains(AppealStatus.DECIDED);
		// without passing through REGISTERED (or IN_TRIAGE) the decision is out of reach
		assertThat(reachableFrom(AppealStatus.RECEIVED, EnumSet.of(AppealStatus.REGISTERED)))
			.doesNotContain(AppealStatus.DECIDED);
		assertThat(reachableFrom(AppealStatus.RECEIVED, EnumSet.of(AppealStatus.IN_TRIAGE)))
			.doesNotContain(AppealStatus.DECIDED);
		// and only consideration before a body leads to it
		assertThat(AppealAction.DECIDE.allowedFrom(AppealStatus.IN_REVIEW)).isTrue();
		assertThat(EnumSet.allOf(AppealStatus.class)).filteredOn(AppealAction.DECIDE::allowedFrom)
			.containsExactly(AppealStatus.IN_REVIEW);
	}

	private static Set<AppealStatus> reachableFrom(AppealStatus start, Set<AppealStatus> avoided) {
		Set<AppealStatus> seen = EnumSet.of(start);
		Deque<AppealStatus> next = new ArrayDeque<>(Set.of(start));
		while (!next.isEmpty()) {
			for (AppealAction action : AppealAction.from(next.pop())) {
				if (!avoided.contains(action.to()) && seen.add(action.to())) {
					next.push(action.to());
				}
			}
		}
		return seen;
	}

}

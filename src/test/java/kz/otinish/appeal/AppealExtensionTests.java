package kz.otinish.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.otinish.calendar.Deadline;
import kz.otinish.calendar.DeadlineKind;
import kz.otinish.registration.RegistrationNumber;
import kz.otinish.shared.Refused;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The aggregate's side of DL-2: the REVIEW deadline moves, within the cap, while open.
 */
class AppealExtensionTests {

	static final Instant NOW = Instant.parse("2026-11-25T05:00:00Z");

	static final LocalDate DUE = LocalDate.of(2026, 12, 17);

	static final LocalDate CAP = LocalDate.of(2027, 1, 12);

	Appeal registered() {
		Appeal appeal = new Appeal(AppealFixtures.studentApplication(null, "GM1"), "CODE", NOW);
		LocalDate start = LocalDate.of(2026, 11, 25);
		appeal.register(new RegistrationNumber("GM1", 2026, 3, "GM1-2026-3"), "R", NOW,
				List.of(new Deadline(DeadlineKind.REVIEW, "DL-1: 15 working days", start, DUE),
						new Deadline(DeadlineKind.EXTENSION_CAP, "DL-2: 30 working days", start, CAP)));
		return appeal;
	}

	@Test
	@DisplayName("DL-2: an extension moves the due date up to the cap, keeps the other deadlines")
	void extendsUpToTheCap() {
		Appeal appeal = registered();
		appeal.extendReview(CAP, "documents", TestSteps.SYSTEM, NOW);
		assertThat(appeal.dueOn()).contains(CAP);
		assertThat(appeal.reviewExtended()).isTrue();
		assertThat(appeal.deadline(DeadlineKind.EXTENSION_CAP)).isPresent();
	}

	@Test
	@DisplayName("DL-2: past the cap, not later than the due date, or once answered, an extension is refused and nothing changes")
	void refusals() {
		Appeal appeal = registered();
		assertThatThrownBy(() -> appeal.extendReview(CAP.plusDays(1), "x", TestSteps.SYSTEM, NOW))
			.isInstanceOf(Refused.class)
			.satisfies(ex -> assertThat(((Refused) ex).messageKey()).isEqualTo("appeal.extension.pastCap"))
			.satisfies(ex -> assertThat(((Refused) ex).arguments()).containsExactly("12.01.2027"));
		assertThatThrownBy(() -> appeal.extendReview(DUE, "x", TestSteps.SYSTEM, NOW)).isInstanceOf(Refused.class)
			.satisfies(ex -> assertThat(((Refused) ex).messageKey()).isEqualTo("appeal.extension.notLater"));
		assertThat(appeal.dueOn()).contains(DUE);
		assertThat(appeal.reviewExtended()).isFalse();

		appeal.startTriage(NOW);
		appeal.route("EPC", "executor", "Executor", NOW);
		appeal.decide(TestSteps.decide(Outcome.SATISFIED).decision(), NOW);
		appeal.deliver("in person", java.time.LocalDate.of(2026, 12, 1), 3, NOW);
		assertThatThrownBy(() -> appeal.extendReview(CAP, "x", TestSteps.SYSTEM, NOW)).isInstanceOf(Refused.class)
			.satisfies(ex -> assertThat(((Refused) ex).messageKey()).isEqualTo("appeal.extension.notOpen"));
	}

}

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

class AppealTests {

	static final Instant NOW = Instant.parse("2026-11-25T05:00:00Z");

	@Test
	@DisplayName("TERM-5: no name and no postal address makes an appeal anonymous, and anonymous is confidential")
	void authorWithoutNameAndAddressIsAnonymous() {
		Appeal appeal = new Appeal(AppealFixtures.anonymousLetter("GM1"), "CODE", NOW);
		assertThat(appeal.anonymous()).isTrue();
		assertThat(appeal.confidential()).isTrue();
		assertThat(new Appeal(AppealFixtures.studentApplication(null, "GM1"), "CODE2", NOW).anonymous()).isFalse();
	}

	@Test
	@DisplayName("INT-1, TERM-7: registration stores the number and the deadlines with their rules")
	void registrationStoresNumberAndDeadlines() {
		Appeal appeal = new Appeal(AppealFixtures.studentApplication(null, "GM1"), "CODE", NOW);
		Deadline review = new Deadline(DeadlineKind.REVIEW, "DL-1: 15 working days", LocalDate.of(2026, 11, 25),
				LocalDate.of(2026, 12, 17));
		appeal.register(new RegistrationNumber("GM1", 2026, 7, "GM1-2026-7"), "Registrar", NOW, List.of(review));
		assertThat(appeal.status()).isEqualTo(AppealStatus.REGISTERED);
		assertThat(appeal.registration()).get().extracting(Registration::number).isEqualTo("GM1-2026-7");
		assertThat(appeal.dueOn()).contains(LocalDate.of(2026, 12, 17));
		assertThat(appeal.deadline(DeadlineKind.REVIEW)).get()
			.extracting(AppealDeadline::rule)
			.isEqualTo("DL-1: 15 working days");
	}

	@Test
	@DisplayName("A forbidden transition is refused with a message naming the status")
	void forbiddenTransitionIsRefused() {
		Appeal appeal = new Appeal(AppealFixtures.studentApplication(null, "GM1"), "CODE", NOW);
		assertThatThrownBy(() -> appeal.decide(TestSteps.decide(Outcome.SATISFIED).decision(), NOW))
			.isInstanceOf(Refused.class)
			.satisfies(ex -> assertThat(((Refused) ex).arguments()).containsExactly("RECEIVED", "DECIDE"));
		assertThat(appeal.status()).isEqualTo(AppealStatus.RECEIVED);
	}

	@Test
	@DisplayName("INT-4: only an anonymous appeal can be declared not subject to consideration")
	void onlyAnonymousAppealsAreNotConsidered() {
		Appeal signed = new Appeal(AppealFixtures.studentApplication(null, "GM1"), "CODE", NOW);
		signed.register(new RegistrationNumber("GM1", 2026, 1, "GM1-2026-1"), "R", NOW, List.of());
		signed.startTriage(NOW);
		assertThatThrownBy(() -> signed.declareNotConsidered("anonymous", NOW)).isInstanceOf(Refused.class);
	}

	@Test
	@DisplayName("Tracking codes: 16 characters of Crockford base32 (80 random bits), never repeating")
	void trackingCodesAreRandom() {
		var codes = java.util.stream.IntStream.range(0, 10_000).mapToObj(i -> TrackingCodes.next()).toList();
		assertThat(codes).allMatch(code -> code.matches("[0-9A-HJKMNP-TV-Z]{16}"));
		assertThat(codes).doesNotHaveDuplicates();
	}

}

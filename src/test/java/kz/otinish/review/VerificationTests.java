package kz.otinish.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kz.otinish.appeal.CheckedFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerificationTests {

	static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	Verification verification = new Verification(UUID.randomUUID(), List.of(), List.of());

	@Test
	@DisplayName("REV-12: arguments are numbered in order; each gets a finding with its grounds; unchecked ones are named")
	void argumentsAndFindings() {
		assertThatThrownBy(() -> this.verification.addArgument(" ")).hasFieldOrPropertyWithValue("messageKey",
				"review.argument.empty");
		ArgumentView first = this.verification.addArgument(" The grade was lowered ");
		ArgumentView second = this.verification.addArgument("Twice");
		assertThat(first.number()).isEqualTo(1);
		assertThat(first.argument()).isEqualTo("The grade was lowered");
		assertThat(second.number()).isEqualTo(2);
		assertThat(this.verification.unchecked()).containsExactly("1", "2");

		assertThatThrownBy(() -> this.verification.recordFinding(first.id(), Finding.CONFIRMED, " ", NOW))
			.hasFieldOrPropertyWithValue("messageKey", "review.finding.groundsMissing");
		assertThatThrownBy(() -> this.verification.recordFinding(UUID.randomUUID(), Finding.CONFIRMED, "g", NOW))
			.hasFieldOrPropertyWithValue("messageKey", "review.argument.notFound");
		ArgumentView found = this.verification.recordFinding(first.id(), Finding.CONFIRMED, " the register ", NOW);
		assertThat(found.finding()).isEqualTo(Finding.CONFIRMED);
		assertThat(found.grounds()).isEqualTo("the register");
		assertThat(this.verification.unchecked()).containsExactly("2");
		assertThat(this.verification.anyFound(Finding.CONFIRMED)).isTrue();
		assertThat(this.verification.anyFound(Finding.NOT_CONFIRMED)).isFalse();
	}

	@Test
	@DisplayName("REV-7: a request names the unit and what is asked, due today or later; the response is a note or a file")
	void requestsAndResponses() {
		assertThatThrownBy(() -> this.verification.request("Registrar", " ", TODAY, TODAY, "Dean", NOW))
			.hasFieldOrPropertyWithValue("messageKey", "review.request.incomplete");
		assertThatThrownBy(
				() -> this.verification.request("Registrar", "Grades", TODAY.minusDays(1), TODAY, "Dean", NOW))
			.hasFieldOrPropertyWithValue("messageKey", "review.request.dueInPast");
		RequestView request = this.verification.request(" Registrar ", " Grades ", TODAY, TODAY, "Dean", NOW);
		assertThat(request.unitName()).isEqualTo("Registrar");
		assertThat(request.answered()).isFalse();

		assertThatThrownBy(() -> this.verification.respond(request.id(), " ", null, NOW))
			.hasFieldOrPropertyWithValue("messageKey", "review.request.responseEmpty");
		CheckedFile file = new CheckedFile("grades.pdf", "application/pdf", "abc", new byte[] { 1 });
		RequestView answered = this.verification.respond(request.id(), " ", file, NOW);
		assertThat(answered.answered()).isTrue();
		assertThat(answered.responseNote()).isNull();
		assertThat(answered.fileName()).isEqualTo("grades.pdf");
		assertThat(this.verification.responses()).containsKey(request.id());
	}

}

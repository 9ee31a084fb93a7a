package kz.otinish.appeal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import kz.otinish.TestDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The appeal module's event contracts, in a context of the module and the modules it
 * depends on: each step through the one door publishes its typed fact.
 * <p>
 * Runs with the unit tests (embedded H2), in the JVM where
 * {@link kz.otinish.ModularityTests} analyses the module structure too: Spring Modulith
 * keeps that analysis per JVM, so it is made once for both (made again in the integration
 * tests' JVM, it took longer than the three scenarios).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles(resolver = TestDatabase.class)
class AppealEventsTests {

	@Autowired
	AppealManagement appeals;

	/** The system module's clock is outside this module's context. */
	@TestConfiguration
	static class Time {

		@Bean
		Clock clock() {
			return Clock.system(ZoneId.of("Asia/Almaty"));
		}

	}

	@Test
	@DisplayName("INT-1, TERM-7: registering publishes AppealRegistered with the journal number")
	void registeringPublishesAppealRegistered(Scenario scenario) {
		UUID id = this.appeals.receive(AppealFixtures.studentApplication(null, "GM1")).id();
		scenario.stimulate(() -> this.appeals.perform(id, new AppealCommand.Register(), TestSteps.registrar("Кеңсе")))
			.andWaitForEventOfType(AppealRegistered.class)
			.matchingMappedValue(AppealRegistered::appealId, id)
			.toArriveAndVerify(event -> assertThat(event.registrationNumber()).isNotBlank());
	}

	@Test
	@DisplayName("REV-1: routing publishes AppealRouted with the body and the executor")
	void routingPublishesAppealRouted(Scenario scenario) {
		UUID id = registered();
		scenario
			.stimulate(() -> this.appeals.perform(id, new AppealCommand.Route("EPC", "it-executor", "Орындаушы"),
					TestSteps.SYSTEM))
			.andWaitForEventOfType(AppealRouted.class)
			.matchingMappedValue(AppealRouted::appealId, id)
			.toArriveAndVerify(event -> {
				assertThat(event.body()).isEqualTo("EPC");
				assertThat(event.executorAccount()).isEqualTo("it-executor");
			});
	}

	@Test
	@DisplayName("REV-8: deciding publishes AppealDecided with the typed outcome and the protocol")
	void decidingPublishesAppealDecided(Scenario scenario) {
		UUID id = registered();
		this.appeals.perform(id, new AppealCommand.Route("EPC", "it-executor", "Орындаушы"), TestSteps.SYSTEM);
		LocalDate day = LocalDate.of(2026, 12, 3);
		scenario
			.stimulate(
					() -> this.appeals.perform(id,
							new AppealCommand.Decide(new AppealDecision(Outcome.PARTLY_SATISFIED, "EPC", "1/2026", day,
									UUID.randomUUID())),
							TestSteps.SYSTEM))
			.andWaitForEventOfType(AppealDecided.class)
			.matchingMappedValue(AppealDecided::appealId, id)
			.toArriveAndVerify(event -> {
				assertThat(event.outcome()).isEqualTo(Outcome.PARTLY_SATISFIED);
				assertThat(event.protocolNumber()).isEqualTo("1/2026");
				assertThat(event.protocolDate()).isEqualTo(day);
				assertThat(this.appeals.find(id).orElseThrow().decision()).get()
					.extracting(AppealDecision::outcome)
					.isEqualTo(Outcome.PARTLY_SATISFIED);
			});
	}

	private UUID registered() {
		UUID id = this.appeals.receive(AppealFixtures.studentApplication(null, "GM1")).id();
		this.appeals.perform(id, new AppealCommand.Register(), TestSteps.registrar("Кеңсе"));
		return id;
	}

}

package kz.otinish.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionDatabaseGuardTests {

	private final ProductionDatabaseGuard guard = new ProductionDatabaseGuard();

	@Test
	@DisplayName("Demo data is allowed on the embedded H2 default")
	void demoOnTheEmbeddedDefault() {
		MockEnvironment environment = new MockEnvironment().withProperty("otinish.demo.enabled", "true")
			.withProperty("spring.datasource.url", "jdbc:h2:file:./data/otinish");
		assertThatCode(() -> this.guard.postProcessEnvironment(environment, new SpringApplication()))
			.doesNotThrowAnyException();
	}

	@Test
	@DisplayName("Demo data on any other database is refused, whatever the profile, and the password is not shown")
	void demoElsewhereIsRefused() {
		MockEnvironment environment = new MockEnvironment().withProperty("otinish.demo.enabled", "true")
			.withProperty("spring.datasource.url", "jdbc:mariadb://db/otinish?password=secret");
		assertThatThrownBy(() -> this.guard.postProcessEnvironment(environment, new SpringApplication()))
			.hasMessageContaining("only for the embedded default")
			.hasMessageContaining("password=***")
			.hasMessageNotContaining("secret");
	}

	@Test
	@DisplayName("The postgres profile refuses demo data even when the URL is set")
	void postgresProfileRefusesDemo() {
		MockEnvironment environment = new MockEnvironment().withProperty("otinish.demo.enabled", "true")
			.withProperty("OTINISH_DB_URL", "jdbc:postgresql://db/otinish")
			.withProperty("spring.datasource.url", "jdbc:postgresql://db/otinish");
		environment.setActiveProfiles("postgres");
		assertThatThrownBy(() -> this.guard.postProcessEnvironment(environment, new SpringApplication()))
			.hasMessageContaining("the postgres profile");
	}

	@Test
	@DisplayName("Without demo data the postgres profile starts on PostgreSQL")
	void postgresWithoutDemo() {
		MockEnvironment environment = new MockEnvironment().withProperty("otinish.demo.enabled", "false")
			.withProperty("OTINISH_DB_URL", "jdbc:postgresql://db/otinish");
		environment.setActiveProfiles("postgres");
		assertThatCode(() -> this.guard.postProcessEnvironment(environment, new SpringApplication()))
			.doesNotThrowAnyException();
	}

}

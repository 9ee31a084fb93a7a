package kz.otinish.system;

import kz.otinish.OtinishApplication;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresProfileTests {

	@Test
	@DisplayName("The postgres profile refuses to start without OTINISH_DB_URL: never H2 by accident")
	void refusesToStartWithoutTheUrl() {
		// only meaningful where the variable is not set, as on a developer's machine and in CI
		org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("OTINISH_DB_URL") == null);
		assertThatThrownBy(() -> new SpringApplicationBuilder(OtinishApplication.class).profiles("postgres")
			.properties("server.port=0", "otinish.demo.enabled=false")
			.run()).hasStackTraceContaining("OTINISH_DB_URL");
	}

}

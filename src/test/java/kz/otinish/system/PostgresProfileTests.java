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
		// an empty command-line value overrides whatever the environment holds
		assertThatThrownBy(() -> new SpringApplicationBuilder(OtinishApplication.class).profiles("postgres")
			.run("--server.port=0", "--otinish.demo.enabled=false", "--OTINISH_DB_URL="))
			.hasStackTraceContaining("OTINISH_DB_URL");
		assertThatThrownBy(() -> new SpringApplicationBuilder(OtinishApplication.class).profiles("postgres")
			.run("--server.port=0", "--otinish.demo.enabled=false", "--OTINISH_DB_URL=jdbc:h2:mem:oops"))
			.hasStackTraceContaining("does not fall back");
	}

}

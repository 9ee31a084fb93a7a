package kz.otinish.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import kz.otinish.OtinishApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The documented production start ({@code --spring.profiles.active=postgres} with
 * {@code OTINISH_DB_URL}) on an empty PostgreSQL database: no demo account, no demo
 * appeal, the first administrator from the environment; demo data is refused there. Runs
 * with {@code -Ppostgres}.
 */
@EnabledIfSystemProperty(named = "otinish.test.db", matches = "postgres")
class ProductionStartIntegrationTests {

	private static final String SCHEMA = "otinish_golive_it";

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

	private static final String URL = SERVER + "?currentSchema=" + SCHEMA;

	@BeforeEach
	void emptyDatabase() throws SQLException {
		execute("drop schema if exists " + SCHEMA + " cascade");
	}

	@Test
	@DisplayName("The postgres profile on an empty database starts with the bootstrap administrator only (no demo account, no demo appeal) and refuses to start while an account has the demo password")
	void productionStartHasNoDemo() throws SQLException {
		try (ConfigurableApplicationContext context = start("--OTINISH_BOOTSTRAP_ADMIN_USERNAME=first.admin",
				"--OTINISH_BOOTSTRAP_ADMIN_PASSWORD=Correct-Horse-42")) {
			assertThat(context.isRunning()).isTrue();
		}
		assertThat(query("select username || ':' || role from user_account")).isEqualTo("first.admin:ADMIN");
		assertThat(query("select count(*) from appeal")).isEqualTo("0");
		assertThat(query("select count(*) from audit_entry where action = 'CREATE_ACCOUNT'")).isEqualTo("1");
		// a second start with the variables still set changes nothing
		try (ConfigurableApplicationContext context = start("--OTINISH_BOOTSTRAP_ADMIN_USERNAME=other.admin",
				"--OTINISH_BOOTSTRAP_ADMIN_PASSWORD=Correct-Horse-42")) {
			assertThat(context.isRunning()).isTrue();
		}
		assertThat(query("select count(*) from user_account")).isEqualTo("1");
		// an account left with the demo password stops the next start
		execute("insert into " + SCHEMA + ".user_account (id, username, password_hash, full_name, role, demo_password)"
				+ " values ('00000000-0000-0000-0000-000000000001', 'dean', '{noop}demo', 'Dean', 'DEAN', true)");
		assertThatThrownBy(() -> start().close()).hasStackTraceContaining("still have the demo password (dean)");
	}

	@Test
	@DisplayName("The postgres profile refuses to start with demo data enabled, saying why and what to do instead")
	void refusesDemoData() throws SQLException {
		assertThatThrownBy(() -> start("--otinish.demo.enabled=true").close())
			.hasStackTraceContaining("only for the embedded default")
			.hasStackTraceContaining("OTINISH_BOOTSTRAP_ADMIN_USERNAME");
		assertThat(query("select count(*) from information_schema.tables where table_schema = '" + SCHEMA + "'"))
			.isEqualTo("0");
	}

	private static ConfigurableApplicationContext start(String... args) {
		// as arguments, which win over application.properties (default properties would
		// not: its server.port=${PORT:8080} made this test fail whenever 8080 was taken)
		List<String> all = new ArrayList<>(List.of("--OTINISH_DB_URL=" + URL, "--server.port=0",
				"--OTINISH_DB_USER=postgres", "--spring.flyway.schemas=" + SCHEMA,
				"--spring.flyway.default-schema=" + SCHEMA, "--otinish.clock.cron=-", "--otinish.mailbox.enabled=false",
				"--springdoc.api-docs.enabled=false"));
		all.addAll(List.of(args));
		return new SpringApplicationBuilder(OtinishApplication.class).profiles("postgres")
			.run(all.toArray(String[]::new));
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String query(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			StringBuilder out = new StringBuilder();
			while (rows.next()) {
				out.append(out.isEmpty() ? "" : ",").append(rows.getString(1));
			}
			return out.toString();
		}
	}

}

package kz.otinish.system;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * With the {@code postgres} profile Otinish refuses to start unless
 * {@code OTINISH_DB_URL} names a PostgreSQL database: production must never run on the
 * embedded H2 by accident. Demo data (accounts with the password {@code demo}, made-up
 * appeals) belongs to the embedded default only: any start that asks for it on another
 * database, or with the {@code postgres} profile, is refused.
 */
class ProductionDatabaseGuard implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		refuseDemoOutsideTheEmbeddedDefault(environment);
		if (!environment.acceptsProfiles(Profiles.of("postgres"))) {
			return;
		}
		String url = environment.getProperty("OTINISH_DB_URL");
		if (url == null || !url.startsWith("jdbc:postgresql:")) {
			throw new IllegalStateException("The postgres profile needs OTINISH_DB_URL set to a PostgreSQL JDBC URL "
					+ "(jdbc:postgresql://host:5432/database); it is " + (url == null ? "not set" : "'" + url + "'")
					+ ". Otinish does not fall back to the embedded H2 database.");
		}
	}

	private static void refuseDemoOutsideTheEmbeddedDefault(ConfigurableEnvironment environment) {
		if (!environment.getProperty("otinish.demo.enabled", Boolean.class, false)) {
			return;
		}
		boolean postgresProfile = environment.acceptsProfiles(Profiles.of("postgres"));
		String url = environment.getProperty("spring.datasource.url", "");
		if (postgresProfile || !url.startsWith("jdbc:h2:")) {
			throw new IllegalStateException("Demo data (otinish.demo.enabled=true) is only for the embedded default "
					+ "database (H2, `./mvnw spring-boot:run`); this start uses "
					+ (postgresProfile ? "the postgres profile"
							: "'" + url.replaceAll("password=[^&;]*", "password=***") + "'")
					+ ". Remove otinish.demo.enabled (or set it to false) and create the first administrator with "
					+ "OTINISH_BOOTSTRAP_ADMIN_USERNAME and OTINISH_BOOTSTRAP_ADMIN_PASSWORD (README, \"Running on PostgreSQL\").");
		}
	}

}

package kz.otinish.system;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * With the {@code postgres} profile Otinish refuses to start unless
 * {@code OTINISH_DB_URL} names a PostgreSQL database: production must never run on the
 * embedded H2 by accident.
 */
class ProductionDatabaseGuard implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
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

}

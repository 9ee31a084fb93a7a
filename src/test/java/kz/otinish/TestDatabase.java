package kz.otinish;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database integration tests run on: the embedded H2 by default, PostgreSQL
 * with {@code ./mvnw verify -Ppostgres} (system property
 * {@code otinish.test.db=postgres}).
 */
public class TestDatabase implements ActiveProfilesResolver {

	public static boolean isPostgres() {
		return "postgres".equals(System.getProperty("otinish.test.db"));
	}

	@Override
	public String[] resolve(Class<?> testClass) {
		return isPostgres() ? new String[] { "postgres", "test", "test-postgres" } : new String[] { "test", "test-h2" };
	}

}

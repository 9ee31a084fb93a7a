package kz.otinish.identity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Demo accounts share the well-known password {@code demo}. They belong to the embedded
 * default (H2) only: on any other database Otinish refuses to start while one exists, so
 * a database seeded for a demonstration cannot quietly go live.
 */
@Component
class DemoPasswords {

	DemoPasswords(DataSource dataSource, UserAccounts accounts) throws SQLException {
		if (embedded(dataSource)) {
			return;
		}
		List<String> demo = accounts.findByDemoPasswordTrueOrderByUsername()
			.stream()
			.map(UserAccount::username)
			.toList();
		if (!demo.isEmpty()) {
			throw new IllegalStateException(demo.size() + " account(s) still have the demo password ("
					+ String.join(", ", demo.subList(0, Math.min(10, demo.size()))) + (demo.size() > 10 ? ", …" : "")
					+ "): demo accounts are only for the embedded default database. Delete them from user_account "
					+ "(or start on a new database) and create the first administrator with "
					+ "OTINISH_BOOTSTRAP_ADMIN_USERNAME and OTINISH_BOOTSTRAP_ADMIN_PASSWORD.");
		}
	}

	static boolean embedded(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getURL().startsWith("jdbc:h2:");
		}
	}

}

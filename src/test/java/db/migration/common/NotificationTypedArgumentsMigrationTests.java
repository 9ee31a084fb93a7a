package db.migration.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** V251 turns the notifications written before typed arguments into typed ones. */
class NotificationTypedArgumentsMigrationTests {

	@Test
	@DisplayName("V251: ISO dates become days, the late sentence its key, an old decision notice the outcome's notice, the rest texts")
	void convertsOldRows() throws Exception {
		try (Connection connection = DriverManager
			.getConnection("jdbc:h2:mem:v251-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
			try (Statement sql = connection.createStatement()) {
				sql.execute("create table notification (id uuid primary key, message_key varchar(100), "
						+ "arguments varchar(4000))");
				sql.execute("insert into notification values ('00000000-0000-0000-0000-000000000001', "
						+ "'notification.answer.delivered', 'KB-2026-5' || char(31) || '2027-03-03')");
				sql.execute("insert into notification values ('00000000-0000-0000-0000-000000000002', "
						+ "'notification.decided', 'KB-2026-6' || char(31) || 'PARTLY_SATISFIED, 1/2026, 2026-12-03')");
				sql.execute("insert into notification values ('00000000-0000-0000-0000-000000000003', "
						+ "'notification.answer.complaint', 'KB-2026-7' || char(31) || "
						+ "'Подана после истечения трёхмесячного срока; причина записана.')");
				sql.execute("insert into notification values ('00000000-0000-0000-0000-000000000004', "
						+ "'notification.decided', 'KB-2026-8' || char(31) || 'что-то иное')");
			}
			new V251__notification_typed_arguments().migrate(new Context() {
				@Override
				public Configuration getConfiguration() {
					return null;
				}

				@Override
				public Connection getConnection() {
					return connection;
				}
			});
			assertThat(row(connection, 1)).isEqualTo("notification.answer.delivered|t:KB-2026-5\u001fd:2027-03-03");
			assertThat(row(connection, 2))
				.isEqualTo("notification.decided.PARTLY_SATISFIED|t:KB-2026-6\u001ft:1/2026\u001fd:2026-12-03");
			assertThat(row(connection, 3))
				.isEqualTo("notification.answer.complaint|t:KB-2026-7\u001fk:notification.answer.late");
			assertThat(row(connection, 4)).isEqualTo("notification.decided.legacy|t:KB-2026-8");
		}
	}

	private static String row(Connection connection, int id) throws Exception {
		try (Statement sql = connection.createStatement();
				ResultSet rows = sql.executeQuery("select message_key, arguments from notification where id = "
						+ "'00000000-0000-0000-0000-00000000000" + id + "'")) {
			rows.next();
			return rows.getString(1) + "|" + rows.getString(2);
		}
	}

}

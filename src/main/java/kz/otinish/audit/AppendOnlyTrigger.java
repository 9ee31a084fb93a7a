package kz.otinish.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * On the embedded H2 database, refuses to update or delete audit entries and their seals,
 * as the PostgreSQL triggers do.
 */
public class AppendOnlyTrigger implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("audit_entry is append-only", "42501");
	}

}

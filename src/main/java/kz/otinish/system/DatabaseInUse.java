package kz.otinish.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start-up which database Otinish runs on, so nobody mistakes H2 for production.
 */
@Component
class DatabaseInUse {

	private static final Logger log = LoggerFactory.getLogger(DatabaseInUse.class);

	private final DataSource dataSource;

	DatabaseInUse(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			String url = meta.getURL().replaceAll("password=[^&;]*", "password=***");
			log.info("Otinish runs on {} {} at {}{}", meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
					url,
					url.startsWith("jdbc:h2:") ? " (embedded default; use the postgres profile in production)" : "");
		}
	}

}

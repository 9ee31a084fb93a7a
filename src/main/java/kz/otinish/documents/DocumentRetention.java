package kz.otinish.documents;

import kz.otinish.appeal.AppealAnonymised;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Retention: the issued documents of an anonymised appeal lose their content and the data
 * they were rendered from; kind, version, language, date and checksum stay (the checksum
 * of a document no longer held names nobody).
 */
@Component
class DocumentRetention {

	private final JdbcClient jdbc;

	DocumentRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AppealAnonymised event) {
		this.jdbc
			.sql("update issued_document set content = :empty, size_bytes = 0, snapshot = '{}' where appeal_id = :id")
			.param("empty", new byte[0])
			.param("id", event.appealId())
			.update();
	}

}

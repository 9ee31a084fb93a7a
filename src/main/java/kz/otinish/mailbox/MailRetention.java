package kz.otinish.mailbox;

import kz.otinish.appeal.AppealAnonymised;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Retention: the letters an anonymised appeal came from lose the original message, the
 * sender, the subject and the notes; mailbox, dates and status stay.
 */
@Component
class MailRetention {

	private final JdbcClient jdbc;

	MailRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AppealAnonymised event) {
		this.jdbc.sql("""
				update mail_message set raw = :empty, size_bytes = 0, sender = null, subject = null, notes = null,
				       message_id = null where appeal_id = :id""")
			.param("empty", new byte[0])
			.param("id", event.appealId())
			.update();
	}

}

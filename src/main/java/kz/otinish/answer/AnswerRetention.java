package kz.otinish.answer;

import kz.otinish.appeal.AppealAnonymised;
import kz.otinish.appeal.AppealParticulars;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Retention: the answer's texts and the delivery's addresses and notes of an anonymised
 * appeal are wiped; dates, methods and verdicts stay for the statistics.
 */
@Component
class AnswerRetention {

	private final JdbcClient jdbc;

	AnswerRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AppealAnonymised event) {
		this.jdbc.sql("update answer_draft set body_text = :wiped, return_reason = null where appeal_id = :id")
			.param("wiped", AppealParticulars.WIPED)
			.param("id", event.appealId())
			.update();
		this.jdbc.sql("""
				update answer_delivery set signed_by = null, post_address = null, phone_call_note = null,
				       email_to = null, decision = null where appeal_id = :id""")
			.param("id", event.appealId())
			.update();
		this.jdbc.sql("update answer_verdict set late_reason = null where appeal_id = :id")
			.param("id", event.appealId())
			.update();
	}

}

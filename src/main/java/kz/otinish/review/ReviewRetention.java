package kz.otinish.review;

import kz.otinish.appeal.AppealAnonymised;
import kz.otinish.appeal.AppealParticulars;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Retention: the consideration of an anonymised appeal loses the applicant's arguments
 * and the findings' grounds, the verification requests' texts, responses and files, and
 * the decision's reasons and measures for the applicant; body, outcome, dates and the
 * measures addressed to staff stay.
 */
@Component
class ReviewRetention {

	private final JdbcClient jdbc;

	ReviewRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AppealAnonymised event) {
		this.jdbc.sql("update review_argument set argument = :wiped, grounds = null where appeal_id = :id")
			.param("wiped", AppealParticulars.WIPED)
			.param("id", event.appealId())
			.update();
		this.jdbc.sql("""
				update review_request set request_text = :wiped, response_note = null, file_name = null,
				       content_type = null, sha256 = null, content = null where appeal_id = :id""")
			.param("wiped", AppealParticulars.WIPED)
			.param("id", event.appealId())
			.update();
		this.jdbc.sql("""
				update review_decision set reasons = :wiped, applicant_measures = null, apology = null
				where appeal_id = :id""")
			.param("wiped", AppealParticulars.WIPED)
			.param("id", event.appealId())
			.update();
	}

}

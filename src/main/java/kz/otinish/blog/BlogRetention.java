package kz.otinish.blog;

import kz.otinish.appeal.AppealAnonymised;
import kz.otinish.appeal.AppealParticulars;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Retention: a letter to the Rector's blog routed into an anonymised appeal loses its
 * text, its author's particulars and the refusal reason; the published question and
 * answer, moderated to be impersonal, stay public.
 */
@Component
class BlogRetention {

	private final JdbcClient jdbc;

	BlogRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AppealAnonymised event) {
		this.jdbc.sql("""
				update blog_post set body_text = :wiped, author_name = null, author_address = null,
				       author_contact = null, account_id = null, refusal_reason = null where appeal_id = :id""")
			.param("wiped", AppealParticulars.WIPED)
			.param("id", event.appealId())
			.update();
	}

}

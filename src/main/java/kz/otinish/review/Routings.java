package kz.otinish.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dean's routing of an appeal to a body with its executor (REV-1),
 * {@code review_routing}.
 */
@Repository
class Routings {

	private final JdbcClient jdbc;

	Routings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(RoutingView routing) {
		this.jdbc.sql("""
				insert into review_routing (appeal_id, body_code, suggested_body_code, executor_account, executor_name,
				                            routed_by, routed_at)
				values (:appeal, :body, :suggested, :account, :name, :by, :at)""")
			.param("appeal", routing.appealId())
			.param("body", routing.bodyCode())
			.param("suggested", routing.suggestedBodyCode())
			.param("account", routing.executorAccount())
			.param("name", routing.executorName())
			.param("by", routing.routedBy())
			.param("at", Rows.utc(routing.routedAt()))
			.update();
	}

	/**
	 * REV-1, corrected: the appeal's body and executor now (the audit keeps the history).
	 */
	void reassign(UUID appealId, String body, String executorAccount, String executorName, String by,
			java.time.Instant at) {
		this.jdbc.sql("""
				update review_routing set body_code = :body, executor_account = :account, executor_name = :name,
				                          routed_by = :by, routed_at = :at
				where appeal_id = :appeal""")
			.param("appeal", appealId)
			.param("body", body)
			.param("account", executorAccount)
			.param("name", executorName)
			.param("by", by)
			.param("at", Rows.utc(at))
			.update();
	}

	Optional<RoutingView> ofAppeal(UUID appealId) {
		return this.jdbc.sql("select * from review_routing where appeal_id = :id")
			.param("id", appealId)
			.query((rs, row) -> new RoutingView(rs.getObject("appeal_id", UUID.class), rs.getString("body_code"),
					rs.getString("suggested_body_code"), rs.getString("executor_account"),
					rs.getString("executor_name"), rs.getString("routed_by"), Rows.instant(rs, "routed_at")))
			.optional();
	}

	/** The appeals routed to a body. */
	List<UUID> routedTo(String bodyCode) {
		return this.jdbc.sql("select appeal_id from review_routing where body_code = :code")
			.param("code", bodyCode)
			.query(UUID.class)
			.list();
	}

}

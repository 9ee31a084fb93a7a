package kz.otinish.review;

import kz.otinish.appeal.Outcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Protocol decisions over {@code review_decision} and their actions,
 * {@code review_action}.
 */
@Repository
class Decisions {

	private final JdbcClient jdbc;

	Decisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Decision> ofAppeal(UUID appealId) {
		return this.jdbc.sql("select * from review_decision where appeal_id = ?")
			.params(appealId)
			.query((rs, row) -> new Decision(appealId, rs.getObject("meeting_id", UUID.class),
					Outcome.valueOf(rs.getString("outcome")), rs.getString("reasons"),
					rs.getBoolean("untrue_recognized"), rs.getString("applicant_measures"), rs.getString("apology"),
					rs.getString("decided_by"), Rows.instant(rs, "decided_at"), actionsOf(appealId)))
			.optional();
	}

	Optional<ActionView> action(UUID id) {
		return this.jdbc.sql("select * from review_action where id = ?")
			.params(id)
			.query(Decisions::mapAction)
			.optional();
	}

	/** Measures and recommendations not yet done, the nearest due date first. */
	List<ActionView> openActions() {
		return this.jdbc.sql("select * from review_action where done_at is null order by due_on")
			.query(Decisions::mapAction)
			.list();
	}

	/**
	 * The measures and recommendations of these appeals' decisions, by appeal and order.
	 */
	List<ActionView> actionsOf(java.util.Collection<UUID> appealIds) {
		List<ActionView> all = new java.util.ArrayList<>();
		List<UUID> ids = List.copyOf(appealIds);
		for (int from = 0; from < ids.size(); from += 500) {
			all.addAll(this.jdbc
				.sql("select * from review_action where appeal_id in (:ids) order by due_on, appeal_id, sort_order")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
				.query(Decisions::mapAction)
				.list());
		}
		return all;
	}

	List<ActionView> actionsOf(UUID appealId) {
		return this.jdbc.sql("select * from review_action where appeal_id = ? order by sort_order")
			.params(appealId)
			.query(Decisions::mapAction)
			.list();
	}

	void add(Decision decision) {
		this.jdbc.sql("""
				insert into review_decision (appeal_id, meeting_id, outcome, reasons, untrue_recognized,
				                             applicant_measures, apology, decided_by, decided_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(decision.appealId(), decision.meetingId(), decision.outcome().name(), decision.reasons(),
					decision.untrueRecognized(), decision.applicantMeasures(), decision.apology(), decision.decidedBy(),
					Rows.utc(decision.decidedAt()))
			.update();
		List<ActionView> actions = decision.actions();
		for (int i = 0; i < actions.size(); i++) {
			ActionView action = actions.get(i);
			this.jdbc.sql("""
					insert into review_action (id, appeal_id, action_kind, sort_order, addressee, action_text,
					                           responsible, due_on, disciplinary)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(action.id(), action.appealId(), action.kind().name(), i, action.addressee(), action.text(),
						action.responsible(), action.dueOn(), action.disciplinary())
				.update();
		}
	}

	/** Writes the actions marked done since the decision was loaded. */
	void save(Decision decision) {
		for (ActionView action : decision.actions()) {
			if (action.done()) {
				this.jdbc.sql("update review_action set done_at = ?, done_note = ? where id = ? and done_at is null")
					.params(Rows.utc(action.doneAt()), action.doneNote(), action.id())
					.update();
			}
		}
	}

	private static ActionView mapAction(ResultSet rs, int row) throws SQLException {
		return new ActionView(rs.getObject("id", UUID.class), rs.getObject("appeal_id", UUID.class),
				ActionKind.valueOf(rs.getString("action_kind")), rs.getString("addressee"), rs.getString("action_text"),
				rs.getString("responsible"), rs.getObject("due_on", LocalDate.class), rs.getBoolean("disciplinary"),
				Rows.nullableInstant(rs, "done_at"), rs.getString("done_note"));
	}

}

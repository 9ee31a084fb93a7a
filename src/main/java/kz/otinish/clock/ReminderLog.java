package kz.otinish.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reminders sent: a unique key on appeal, kind, point and due date makes a second
 * claim fail, so two nodes never send the same reminder even if the job's lock expired.
 */
@Repository
class ReminderLog {

	private final JdbcClient jdbc;

	ReminderLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the claim; throws a data integrity violation if it exists already. */
	void claim(UUID appealId, ReminderKind kind, int point, LocalDate dueOn, LocalDate runOn, Instant at) {
		this.jdbc.sql("""
				insert into clock_reminder (id, appeal_id, kind, point_days, due_on, run_on, created_at)
				values (:id, :appealId, :kind, :point, :dueOn, :runOn, :at)""")
			.param("id", UUID.randomUUID())
			.param("appealId", appealId)
			.param("kind", kind.name())
			.param("point", point)
			.param("dueOn", dueOn)
			.param("runOn", runOn)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * A reminder of an appeal as its unique key says: sent once per kind, point and due
	 * date.
	 */
	record Claim(UUID appealId, ReminderKind kind, int point, LocalDate dueOn) {
	}

	/** The reminders claimed so far for these appeals. */
	Set<Claim> claimed(Collection<UUID> appealIds) {
		if (appealIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("""
				select appeal_id, kind, point_days, due_on from clock_reminder where appeal_id in (:ids)""")
			.param("ids", appealIds)
			.query((row, n) -> new Claim(row.getObject("appeal_id", UUID.class),
					ReminderKind.valueOf(row.getString("kind")), row.getInt("point_days"),
					row.getObject("due_on", LocalDate.class)))
			.list());
	}

	int count(UUID appealId, ReminderKind kind) {
		return this.jdbc.sql("select count(*) from clock_reminder where appeal_id = :appealId and kind = :kind")
			.param("appealId", appealId)
			.param("kind", kind.name())
			.query(Integer.class)
			.single();
	}

	/** Claims the reminder of an overdue measure or recommendation, once per due date. */
	void claimAction(UUID actionId, UUID appealId, LocalDate dueOn, LocalDate runOn, Instant at) {
		this.jdbc.sql("""
				insert into clock_action_reminder (id, action_id, appeal_id, due_on, run_on, created_at)
				values (:id, :actionId, :appealId, :dueOn, :runOn, :at)""")
			.param("id", UUID.randomUUID())
			.param("actionId", actionId)
			.param("appealId", appealId)
			.param("dueOn", dueOn)
			.param("runOn", runOn)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

}

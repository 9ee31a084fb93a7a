package kz.otinish.audit;

import java.util.List;
import java.util.UUID;

import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.AuditedChange;
import kz.otinish.shared.AuditedChanges;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the trail in the same transaction as the change it records, so a change and
 * its audit line commit or roll back together. Offers reads only; nothing updates or
 * deletes.
 */
@Service
public class AuditTrail {

	static final String SYSTEM = "system";

	/**
	 * The actor recorded for a change its author made without being named (an anonymous
	 * letter): whether they were signed in is not kept.
	 */
	public static final String VISITOR = "visitor";

	/**
	 * The actor recorded for a change an applicant made themselves (filing, a verdict):
	 * the trail keeps no applicant's name, since it can never be anonymised
	 * (docs/privacy.md).
	 */
	public static final String APPLICANT = "applicant";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	AuditTrail(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(AuditedChange change) {
		var user = change.anonymousActor() ? java.util.Optional.<CurrentUser>empty() : Accounts.current();
		String detail = change.detail();
		this.jdbc.sql("""
				insert into audit_entry (id, subject_type, subject_id, occurred_at, actor, actor_role, action,
				                         status_before, status_after, detail)
				values (:id, :subjectType, :subjectId, :at, :actor, :actorRole, :action,
				        :statusBefore, :statusAfter, :detail)""")
			.param("id", UUID.randomUUID())
			.param("subjectType", change.subjectType())
			.param("subjectId", change.subjectId())
			.param("at", change.at().atOffset(java.time.ZoneOffset.UTC))
			.param("actor",
					user.map(u -> u.role().isApplicant() ? APPLICANT : u.fullName())
						.orElse(change.anonymousActor() ? VISITOR : SYSTEM))
			.param("actorRole", user.map(u -> u.role().name()).orElse(null))
			.param("action", change.action())
			.param("statusBefore", change.statusBefore())
			.param("statusAfter", change.statusAfter())
			.param("detail", detail == null ? null : abbreviate(detail))
			.update();
	}

	/** Many changes at once (an import): one line each, written in batches. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(AuditedChanges batch) {
		var user = Accounts.current();
		String actor = user.map(CurrentUser::fullName).orElse(SYSTEM);
		String actorRole = user.map(u -> u.role().name()).orElse(null);
		List<Object[]> rows = batch.changes()
			.stream()
			.map(change -> new Object[] { UUID.randomUUID(), change.subjectType(), change.subjectId(),
					change.at().atOffset(java.time.ZoneOffset.UTC), actor, actorRole, change.action(),
					change.statusBefore(), change.statusAfter(),
					change.detail() == null ? null : abbreviate(change.detail()) })
			.toList();
		this.jdbcTemplate.batchUpdate("""
				insert into audit_entry (id, subject_type, subject_id, occurred_at, actor, actor_role, action,
				                         status_before, status_after, detail)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	/** The trail of one record, oldest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> of(UUID subjectId) {
		return this.jdbc
			.sql("""
					select id, subject_type, subject_id, occurred_at, actor, actor_role, action, status_before, status_after, detail
					from audit_entry where subject_id = :subjectId order by occurred_at, seq""")
			.param("subjectId", subjectId)
			.query((rs, row) -> new AuditEntry(rs.getObject("id", UUID.class), rs.getString("subject_type"),
					rs.getObject("subject_id", UUID.class),
					rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(), rs.getString("actor"),
					rs.getString("actor_role"), rs.getString("action"), rs.getString("status_before"),
					rs.getString("status_after"), rs.getString("detail")))
			.list();
	}

	private static String abbreviate(String detail) {
		return detail.length() <= 2000 ? detail : detail.substring(0, 1999) + "…";
	}

}

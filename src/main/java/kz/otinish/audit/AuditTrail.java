package kz.otinish.audit;

import java.util.List;
import java.util.UUID;

import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.AuditedChange;
import kz.otinish.shared.AuditedChanges;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

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

	private static final String INSERT = """
			insert into audit_entry (id, subject_type, subject_id, occurred_at, actor, actor_role, action,
			                         status_before, status_after, detail)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	/** For lines recorded in a read-only transaction (a view): written on their own. */
	private final TransactionTemplate ownTransaction;

	AuditTrail(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Written with the transaction's other audit lines in one batch just before it
	 * commits (one round trip however many changes it made), or before anything reads the
	 * trail in it.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(AuditedChange change) {
		var user = change.anonymousActor() ? java.util.Optional.<CurrentUser>empty() : Accounts.current();
		String detail = change.detail();
		Object[] row = new Object[] { UUID.randomUUID(), change.subjectType(), change.subjectId(),
				change.at().atOffset(java.time.ZoneOffset.UTC),
				user.map(u -> u.role().isApplicant() ? APPLICANT : u.fullName())
					.orElse(change.anonymousActor() ? VISITOR : SYSTEM),
				user.map(u -> u.role().name()).orElse(null), change.action(), change.statusBefore(),
				change.statusAfter(), detail == null ? null : abbreviate(detail) };
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			// a read (a view of a confidential appeal) is audited too: the line cannot
			// wait
			// for a commit that writes nothing, so it is written now in a transaction of
			// its own
			this.ownTransaction.executeWithoutResult(status -> this.jdbcTemplate.update(INSERT, row));
			return;
		}
		pending().add(row);
	}

	/** The lines of the current transaction not yet written. */
	private Pending pending() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof Pending found) {
				return found;
			}
		}
		Pending created = new Pending();
		TransactionSynchronizationManager.registerSynchronization(created);
		return created;
	}

	/** Writes the lines the current transaction holds back, if any. */
	private void writePending() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.getSynchronizations()
				.stream()
				.filter(Pending.class::isInstance)
				.forEach(synchronization -> ((Pending) synchronization).write());
		}
	}

	/** A transaction's audit lines, written in one batch before it commits. */
	private final class Pending implements TransactionSynchronization {

		private final List<Object[]> rows = new java.util.ArrayList<>();

		void add(Object[] row) {
			this.rows.add(row);
		}

		void write() {
			if (this.rows.isEmpty()) {
				return;
			}
			AuditTrail.this.jdbcTemplate.batchUpdate(INSERT, List.copyOf(this.rows));
			this.rows.clear();
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			write();
		}

		@Override
		public int getOrder() {
			// before the others: the lines are part of what commits
			return Ordered.HIGHEST_PRECEDENCE;
		}

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
		this.jdbcTemplate.batchUpdate(INSERT, rows);
	}

	/** The trail of one record, oldest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> of(UUID subjectId) {
		writePending();
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

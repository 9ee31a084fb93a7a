package kz.otinish.registration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gapless sequences per journal and year (TERM-7). The counter row is incremented in the
 * caller's transaction, which keeps it locked until that transaction ends: a concurrent
 * registration waits, and a rollback returns the number to the next one. Database
 * sequences would skip numbers on rollback, so none are used.
 */
@Component
class JournalCounters {

	private final JdbcClient jdbc;

	private final TransactionTemplate separately;

	private final DataSource dataSource;

	private volatile @Nullable String incrementSql;

	JournalCounters(JdbcClient jdbc, PlatformTransactionManager transactions, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The next number of the journal in the year; call inside the registering
	 * transaction.
	 */
	long next(String journalCode, int year) {
		// update first: the row lock is taken by the increment itself, no read-then-write
		// race; the new value comes back with it (one round trip)
		Optional<Long> next = increment(journalCode, year);
		if (next.isEmpty()) {
			create(journalCode, year);
			next = increment(journalCode, year);
		}
		return next
			.orElseThrow(() -> new IllegalStateException("No counter for journal " + journalCode + " in " + year));
	}

	/**
	 * Creates the counter row of a journal and year unless it exists, in a transaction of
	 * its own so that the row is there for everyone even if the caller rolls back. That
	 * transaction needs a second pooled connection while the caller holds one, which is
	 * why {@link Journals} prepares this year's and next year's counters at start-up:
	 * on-demand creation by more concurrent first registrations than the pool has
	 * connections would wait for the pool's timeout.
	 */
	void create(String journalCode, int year) {
		try {
			this.separately.executeWithoutResult(status -> this.jdbc
				.sql("insert into journal_counter (journal_code, registration_year, last_sequence) values (?, ?, 0)")
				.params(journalCode, year)
				.update());
		}
		catch (DuplicateKeyException ex) {
			// a concurrent registration created it first: that is all we wanted
		}
	}

	private Optional<Long> increment(String journalCode, int year) {
		return this.jdbc.sql(incrementSql()).params(journalCode, year).query(Long.class).optional();
	}

	/**
	 * The increment returning the new value: {@code UPDATE … RETURNING} on PostgreSQL,
	 * H2's data change delta table otherwise.
	 */
	private String incrementSql() {
		String sql = this.incrementSql;
		if (sql == null) {
			String update = "update journal_counter set last_sequence = last_sequence + 1"
					+ " where journal_code = ? and registration_year = ?";
			sql = postgres() ? update + " returning last_sequence"
					: "select last_sequence from final table (" + update + ")";
			this.incrementSql = sql;
		}
		return sql;
	}

	private boolean postgres() {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

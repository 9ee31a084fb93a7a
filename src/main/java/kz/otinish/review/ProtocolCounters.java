package kz.otinish.review;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gapless protocol numbers per forum (a body, or a commission) and year. As the journal's
 * counters: the increment takes the row lock in the caller's transaction and keeps it
 * until that transaction ends, so concurrent meetings wait and a rollback gives the
 * number back; no database sequence (they skip on rollback).
 */
@Component
class ProtocolCounters {

	private final JdbcClient jdbc;

	private final TransactionTemplate separately;

	ProtocolCounters(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The next protocol number of the forum in the year; call inside the meeting's
	 * transaction.
	 */
	int next(String forumKey, int year) {
		if (increment(forumKey, year) == 0) {
			create(forumKey, year);
			if (increment(forumKey, year) == 0) {
				throw new IllegalStateException("No protocol counter for " + forumKey + " in " + year);
			}
		}
		return this.jdbc
			.sql("select last_number from review_protocol_counter where forum_key = ? and protocol_year = ?")
			.params(forumKey, year)
			.query(Integer.class)
			.single();
	}

	private void create(String forumKey, int year) {
		try {
			this.separately.executeWithoutResult(status -> this.jdbc
				.sql("insert into review_protocol_counter (forum_key, protocol_year, last_number) values (?, ?, 0)")
				.params(forumKey, year)
				.update());
		}
		catch (DuplicateKeyException ex) {
			// a concurrent meeting created it first: that is all we wanted
		}
	}

	private int increment(String forumKey, int year) {
		return this.jdbc
			.sql("update review_protocol_counter set last_number = last_number + 1"
					+ " where forum_key = ? and protocol_year = ?")
			.params(forumKey, year)
			.update();
	}

}

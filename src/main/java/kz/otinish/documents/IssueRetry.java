package kz.otinish.documents;

import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issuing a document in a transaction of its own, again while a concurrent issue of the
 * same document wins the race for its next version ({@code (appeal_id, kind, version)} is
 * unique): each run reads what the winner stored, so it either finds the same document or
 * issues the next version. The answer, for one, is issued by the listeners of its
 * approval and of its delivery and by the e-mail that carries it, possibly all at once.
 */
final class IssueRetry {

	/** Runs in all, enough for as many issues of one document at once. */
	static final int ATTEMPTS = 5;

	private IssueRetry() {
	}

	static <T> T run(TransactionTemplate transaction, Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.execute(status -> work.get());
			}
			catch (DataIntegrityViolationException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

}

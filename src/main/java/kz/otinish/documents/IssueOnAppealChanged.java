package kz.otinish.documents;

import kz.otinish.appeal.AppealForwarded;
import kz.otinish.appeal.AppealRegistered;
import kz.otinish.appeal.AppealReturned;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * TERM-7, DL-3, INT-4: the receipt is issued when an appeal is registered, the return
 * letter when it is returned without consideration, the letter to the state body when an
 * anonymous report is forwarded, instead of on their first download. The letters run
 * after the change committed, from the event publication registry (a failure is kept and
 * can be resubmitted); issuing is idempotent, so a repeated event stores nothing new.
 * <p>
 * The receipt is rendered off the registration's path and without a publication in the
 * registry (docs/operations.md, "Registration cost"): after the commit, on another
 * thread. Should that be lost (the node stops), nothing is: whoever asks for the receipt
 * first has it issued then ({@link Documents#download}), from the same registered data,
 * and stored once.
 */
@Component
class IssueOnAppealChanged {

	private final Documents documents;

	private final TaskExecutor executor;

	IssueOnAppealChanged(Documents documents, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.documents = documents;
		this.executor = executor;
	}

	@EventListener
	void on(AppealRegistered event) {
		Runnable issue = () -> this.documents.issueOnEvent(event.appealId(), DocumentKind.RECEIPT);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.executor.execute(issue);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				IssueOnAppealChanged.this.executor.execute(issue);
			}
		});
	}

	@ApplicationModuleListener
	void on(AppealReturned event) {
		this.documents.issueOnEvent(event.appealId(), DocumentKind.RETURN_LETTER);
	}

	@ApplicationModuleListener
	void on(AppealForwarded event) {
		this.documents.issueOnEvent(event.appealId(), DocumentKind.STATE_BODY_LETTER);
	}

}

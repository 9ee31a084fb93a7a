package kz.otinish.search;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import kz.otinish.appeal.AppealAnonymised;
import kz.otinish.appeal.AppealEvent;
import kz.otinish.appeal.AppealReceived;
import kz.otinish.appeal.AppealRegistered;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps each appeal's search document current: every typed event of an appeal (received
 * with its files, registered with its number, linked to an applicant, routed, decided,
 * anonymised...) rewrites the document from the appeal's state after the change.
 * <p>
 * The events of a filing (received, registered) are indexed off the registration's path
 * and without a publication in the registry (docs/operations.md, "Registration cost"):
 * after the commit, on another thread, once per appeal and transaction. Should that be
 * lost (the node stops), the appeal has no document and {@link SearchBackfill} writes it
 * at the next start. The other events keep their publication (a failure is kept and can
 * be resubmitted).
 */
@Component
class SearchIndexing {

	private final SearchIndex index;

	private final TaskExecutor executor;

	SearchIndexing(SearchIndex index, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.index = index;
		this.executor = executor;
	}

	@ApplicationModuleListener(condition = "!(#event instanceof T(kz.otinish.appeal.AppealReceived))"
			+ " and !(#event instanceof T(kz.otinish.appeal.AppealRegistered))")
	void on(AppealEvent event) {
		if (event instanceof AppealAnonymised) {
			this.index.forgetFiles(event.appealId());
		}
		this.index.refresh(event.appealId());
	}

	@EventListener
	void on(AppealReceived event) {
		afterCommit(event.appealId());
	}

	@EventListener
	void on(AppealRegistered event) {
		afterCommit(event.appealId());
	}

	private void afterCommit(UUID appealId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.executor.execute(() -> this.index.refresh(appealId));
			return;
		}
		@SuppressWarnings("unchecked")
		Set<UUID> pending = (Set<UUID>) TransactionSynchronizationManager.getResource(this);
		if (pending != null) {
			pending.add(appealId);
			return;
		}
		Set<UUID> appeals = new LinkedHashSet<>();
		appeals.add(appealId);
		TransactionSynchronizationManager.bindResource(this, appeals);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				for (UUID id : appeals) {
					SearchIndexing.this.executor.execute(() -> SearchIndexing.this.index.refresh(id));
				}
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(SearchIndexing.this);
			}
		});
	}

}

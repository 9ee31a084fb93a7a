package kz.otinish.documents;

import kz.otinish.appeal.AppealForwarded;
import kz.otinish.appeal.AppealRegistered;
import kz.otinish.appeal.AppealReturned;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * TERM-7, DL-3, INT-4: the receipt is issued when an appeal is registered, the return
 * letter when it is returned without consideration, the letter to the state body when an
 * anonymous report is forwarded, instead of on their first download. Runs after the
 * change committed, from the event publication registry (a failure is kept and can be
 * resubmitted); issuing is idempotent, so a repeated event stores nothing new.
 */
@Component
class IssueOnAppealChanged {

	private final Documents documents;

	IssueOnAppealChanged(Documents documents) {
		this.documents = documents;
	}

	@ApplicationModuleListener
	void on(AppealRegistered event) {
		this.documents.issueOnEvent(event.appealId(), DocumentKind.RECEIPT);
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

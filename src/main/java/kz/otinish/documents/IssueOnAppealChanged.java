package kz.otinish.documents;

import kz.otinish.appeal.AppealAction;
import kz.otinish.appeal.AppealChanged;

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
	void on(AppealChanged event) {
		DocumentKind kind = kindFor(event.action());
		if (kind != null) {
			this.documents.issueOnEvent(event.appealId(), kind);
		}
	}

	static @org.jspecify.annotations.Nullable DocumentKind kindFor(String action) {
		if (AppealAction.REGISTER.name().equals(action)) {
			return DocumentKind.RECEIPT;
		}
		if (AppealAction.RETURN_WITHOUT_CONSIDERATION.name().equals(action)) {
			return DocumentKind.RETURN_LETTER;
		}
		if (AppealAction.FORWARD_TO_STATE_BODY.name().equals(action)) {
			return DocumentKind.STATE_BODY_LETTER;
		}
		return null;
	}

}

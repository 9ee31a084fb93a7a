package kz.otinish.search;

import kz.otinish.appeal.AppealAnonymised;
import kz.otinish.appeal.AppealEvent;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each appeal's search document current: every typed event of an appeal (received
 * with its files, registered with its number, linked to an applicant, routed, decided,
 * anonymised...) rewrites the document from the appeal's state after the change.
 */
@Component
class SearchIndexing {

	private final SearchIndex index;

	SearchIndexing(SearchIndex index) {
		this.index = index;
	}

	@ApplicationModuleListener
	void on(AppealEvent event) {
		if (event instanceof AppealAnonymised) {
			this.index.forgetFiles(event.appealId());
		}
		this.index.refresh(event.appealId());
	}

}

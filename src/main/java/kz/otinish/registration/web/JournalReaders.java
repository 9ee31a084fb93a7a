package kz.otinish.registration.web;

import java.util.List;

import kz.otinish.identity.CurrentUser;
import kz.otinish.registration.JournalView;
import kz.otinish.registration.Journals;
import kz.otinish.shared.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read which journal: the records office any, a dean's office and a dean their
 * school's only. A journal out of scope answers 404, like one that does not exist.
 */
@Component
class JournalReaders {

	private final Journals journals;

	JournalReaders(Journals journals) {
		this.journals = journals;
	}

	/**
	 * @throws AccessDeniedException if the person's role reads no journal
	 */
	List<JournalView> readableBy(CurrentUser user) {
		List<JournalView> readable = this.journals.journalsReadableBy(user);
		if (readable.isEmpty()) {
			throw new AccessDeniedException("No journal for " + user.username());
		}
		return readable;
	}

	/** The journal asked for, or the person's first; 404 if it is out of their scope. */
	JournalView chosen(List<JournalView> readable, @Nullable String code) {
		if (code == null || code.isBlank()) {
			return readable.get(0);
		}
		return readable.stream()
			.filter(journal -> journal.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFound("registration.journal.notFound"));
	}

}

package kz.otinish.documents.web;

import java.util.List;
import java.util.Set;

import kz.otinish.documents.DocumentKind;
import kz.otinish.documents.IssuedDocument;

/**
 * The document links of a page that shows an appeal, as the reader may see them; built by
 * {@link DocumentPages}, read by {@code templates/documents/links.html}.
 *
 * @param kinds the kinds of document the appeal has grounds for, each a download link
 * @param issued the documents issued so far, each with its version and SHA-256
 * @param letters the slugs ({@link DocumentKind#slug()}) of the kinds issued at least
 * once, whose latest version the process pages link (answer, DL-2 notice, REV-6 order)
 * @param receipt the registration receipt exists (the appeal is registered)
 */
public record DocumentLinks(List<DocumentKind> kinds, List<IssuedDocument> issued, Set<String> letters,
		boolean receipt) {

	public DocumentLinks {
		kinds = List.copyOf(kinds);
		issued = List.copyOf(issued);
		letters = Set.copyOf(letters);
	}

	/** Whether a letter of this kind was issued: its page shows the download link. */
	public boolean hasLetter(String slug) {
		return this.letters.contains(slug);
	}

}

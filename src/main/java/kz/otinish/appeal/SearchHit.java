package kz.otinish.appeal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An appeal in a list, with its subject split into fragments where the words searched for
 * are marked, and snippets of the other places they were found (the names, the text, a
 * file). Fragments are plain text: the page escapes them and marks the matches.
 */
public record SearchHit(Appeal appeal, List<Fragment> subject, List<Snippet> snippets) {

	public SearchHit {
		subject = List.copyOf(subject);
		snippets = List.copyOf(snippets);
	}

	/** The appeal as listed without a search: its subject, nothing marked. */
	public static SearchHit plain(Appeal appeal) {
		return new SearchHit(appeal, List.of(new Fragment(appeal.subject(), false)), List.of());
	}

	/** A piece of text, marked when it is a word searched for. */
	public record Fragment(String text, boolean match) {
	}

	/**
	 * Where else the words were found: {@code field} is {@code names}, {@code text} or
	 * {@code file} (then with the file's name).
	 */
	public record Snippet(String field, @Nullable String fileName, List<Fragment> fragments) {

		public Snippet {
			fragments = List.copyOf(fragments);
		}

	}

}

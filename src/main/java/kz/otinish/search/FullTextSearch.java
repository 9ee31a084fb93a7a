package kz.otinish.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.criteria.Expression;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.SearchHit;
import kz.otinish.appeal.SearchHit.Fragment;
import kz.otinish.appeal.SearchHit.Snippet;
import kz.otinish.appeal.TextSearch;
import kz.otinish.search.SearchIndex.FileText;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The appeal lists' full-text search: the database's match and rank
 * ({@link SearchDialect}) and the highlighting, done here in Java the same way for both
 * databases, on the texts the person may see anyway (the list has applied the scope).
 */
@Component
class FullTextSearch implements TextSearch {

	/** How many characters of context a snippet shows around its first match. */
	static final int CONTEXT = 70;

	/** The most characters of a snippet. */
	static final int SNIPPET = 220;

	/** The most file snippets of one appeal. */
	static final int FILE_SNIPPETS = 2;

	private final SearchDialect dialect;

	private final SearchIndex index;

	FullTextSearch(SearchDialect dialect, SearchIndex index) {
		this.dialect = dialect;
		this.index = index;
	}

	@Override
	public boolean searchable(String words) {
		return !SearchQuery.of(words).isEmpty();
	}

	@Override
	public Specification<Appeal> matching(String words) {
		SearchQuery query = SearchQuery.of(words);
		return (root, criteria, cb) -> this.dialect.matches(root.get("id"), query, cb);
	}

	@Override
	public Specification<Appeal> bestFirst(String words) {
		SearchQuery query = SearchQuery.of(words);
		return (root, criteria, cb) -> {
			Expression<UUID> id = root.get("id");
			Class<?> result = criteria.getResultType();
			if (result != Long.class && result != long.class) {
				criteria.orderBy(cb.desc(this.dialect.rank(id, query, cb)), cb.desc(root.get("receivedAt")),
						cb.asc(id));
			}
			return cb.conjunction();
		};
	}

	@Override
	public List<SearchHit> hits(List<Appeal> appeals, String words) {
		SearchQuery query = SearchQuery.of(words);
		Map<UUID, List<FileText>> files = this.index.files(appeals.stream().map(Appeal::id).toList());
		return appeals.stream().map(appeal -> hit(appeal, query, files.getOrDefault(appeal.id(), List.of()))).toList();
	}

	private static SearchHit hit(Appeal appeal, SearchQuery query, List<FileText> files) {
		List<Snippet> snippets = new ArrayList<>();
		String names = SearchIndex.names(appeal);
		if (found(names, query)) {
			snippets.add(new Snippet("names", null, fragments(names, query)));
		}
		if (found(appeal.text(), query)) {
			snippets.add(new Snippet("text", null, fragments(excerpt(appeal.text(), query), query)));
		}
		files.stream()
			.filter(file -> found(file.text(), query))
			.limit(FILE_SNIPPETS)
			.forEach(file -> snippets
				.add(new Snippet("file", file.fileName(), fragments(excerpt(file.text(), query), query))));
		return new SearchHit(appeal, fragments(appeal.subject(), query), snippets);
	}

	private static boolean found(String text, SearchQuery query) {
		return firstMatch(text, query) >= 0;
	}

	/** Where the first word starting with a stem begins, or -1. */
	static int firstMatch(String text, SearchQuery query) {
		for (int[] word : wordSpans(text)) {
			if (query.matchesWord(SearchText.fold(text.substring(word[0], word[1])))) {
				return word[0];
			}
		}
		return -1;
	}

	/**
	 * The part of a long text around its first match, on word boundaries, with an
	 * ellipsis where it was cut; whitespace runs (a PDF's line breaks) become one space.
	 */
	static String excerpt(String text, SearchQuery query) {
		String flat = text.replaceAll("\\s+", " ").strip();
		int match = Math.max(0, firstMatch(flat, query));
		int start = Math.max(0, match - CONTEXT);
		if (start > 0) {
			int space = flat.indexOf(' ', start);
			start = space >= 0 && space < match ? space + 1 : match;
		}
		int end = Math.min(flat.length(), start + SNIPPET);
		if (end < flat.length()) {
			int space = flat.lastIndexOf(' ', end);
			end = space > match ? space : end;
		}
		return (start > 0 ? "…" : "") + flat.substring(start, end).strip() + (end < flat.length() ? "…" : "");
	}

	/** The text as plain fragments, each word that starts with a stem marked. */
	static List<Fragment> fragments(String text, SearchQuery query) {
		List<Fragment> fragments = new ArrayList<>();
		int plainFrom = 0;
		for (int[] word : wordSpans(text)) {
			if (query.matchesWord(SearchText.fold(text.substring(word[0], word[1])))) {
				if (word[0] > plainFrom) {
					fragments.add(new Fragment(text.substring(plainFrom, word[0]), false));
				}
				fragments.add(new Fragment(text.substring(word[0], word[1]), true));
				plainFrom = word[1];
			}
		}
		if (plainFrom < text.length()) {
			fragments.add(new Fragment(text.substring(plainFrom), false));
		}
		return fragments;
	}

	/** Start and end of each word of letters and digits. */
	private static List<int[]> wordSpans(String text) {
		List<int[]> spans = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= text.length(); i++) {
			boolean inWord = i < text.length() && SearchText.isWordChar(text.charAt(i));
			if (inWord && start < 0) {
				start = i;
			}
			else if (!inWord && start >= 0) {
				spans.add(new int[] { start, i });
				start = -1;
			}
		}
		return spans;
	}

}

package kz.otinish.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * What a person typed, made searchable: the stems of its words (each must start a word of
 * the appeal's document, in any order and any field) and, when it holds a digit, the
 * registration number key it may be part of.
 */
record SearchQuery(List<String> stems, @Nullable String numberKey) {

	/** The most words a query is cut to. */
	static final int MAX_WORDS = 8;

	SearchQuery {
		stems = List.copyOf(stems);
	}

	static SearchQuery of(String typed) {
		Set<String> stems = new LinkedHashSet<>();
		for (String word : SearchText.words(typed)) {
			if (word.length() < 2 && !Character.isDigit(word.charAt(0))) {
				continue;
			}
			stems.add(SearchText.stem(word));
			if (stems.size() == MAX_WORDS) {
				break;
			}
		}
		String key = SearchText.numberKey(typed);
		boolean number = key.length() >= 3 && key.length() <= 60 && key.chars().anyMatch(Character::isDigit);
		return new SearchQuery(new ArrayList<>(stems), number ? key : null);
	}

	boolean isEmpty() {
		return this.stems.isEmpty() && this.numberKey == null;
	}

	/**
	 * A word with a digit (a part of a number, a year) must be found whole: {@code 2}
	 * must not find {@code 2026}; a part of a number is found by the number key.
	 */
	static boolean whole(String stem) {
		return stem.chars().anyMatch(Character::isDigit);
	}

	/** PostgreSQL: every stem as a prefix, all required ({@code оценк:* & емтихан:*}). */
	String tsquery() {
		return this.stems.stream().map(SearchQuery::tsTerm).collect(Collectors.joining(" & "));
	}

	private static String tsTerm(String stem) {
		return whole(stem) ? stem : stem + ":*";
	}

	/**
	 * {@code LIKE} pattern for a word starting with the stem (stems hold no wildcards),
	 * or being it, for a word with a digit.
	 */
	static String wordPattern(String stem) {
		return whole(stem) ? "% " + stem + " %" : "% " + stem + "%";
	}

	/** {@code LIKE} pattern for the number key, or one that matches no key. */
	String numberPattern() {
		return this.numberKey == null ? "-" : "%" + this.numberKey + "%";
	}

	/** PostgreSQL, for the rank: any stem as a prefix ({@code оценк:* | емтихан:*}). */
	String anyTsquery() {
		return this.stems.stream().map(SearchQuery::tsTerm).collect(Collectors.joining(" | "));
	}

	/** The number key to compare whole, or one that equals no key. */
	String exactNumber() {
		return this.numberKey == null ? "-" : this.numberKey;
	}

	/** Does this folded word start with one of the stems? */
	boolean matchesWord(String foldedWord) {
		return this.stems.stream()
			.anyMatch(stem -> whole(stem) ? foldedWord.equals(stem) : foldedWord.startsWith(stem));
	}

}

package kz.otinish.appeal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * TERM-6's "the same matter", as a suggestion: the same school and category, or texts
 * that share enough words. A person decides; this only points at candidates.
 */
final class SimilarMatter {

	static final double SIMILAR_TEXT = 0.25;

	private SimilarMatter() {
	}

	static boolean between(Appeal one, Appeal other) {
		boolean sameSchool = Objects.equals(one.schoolCode(), other.schoolCode());
		return sameSchool && one.category() == other.category()
				|| similarity(one.subject() + " " + one.text(), other.subject() + " " + other.text()) >= SIMILAR_TEXT;
	}

	/**
	 * Jaccard similarity of the sets of words of four letters or more (stems cut to six
	 * letters).
	 */
	static double similarity(String a, String b) {
		Set<String> left = words(a);
		Set<String> right = words(b);
		if (left.isEmpty() || right.isEmpty()) {
			return 0;
		}
		long shared = left.stream().filter(right::contains).count();
		return (double) shared / (left.size() + right.size() - shared);
	}

	private static Set<String> words(String text) {
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(word -> word.length() >= 4)
			.map(word -> word.length() > 6 ? word.substring(0, 6) : word)
			.limit(2000)
			.collect(Collectors.toSet());
	}

}

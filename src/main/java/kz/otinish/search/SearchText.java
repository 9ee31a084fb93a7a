package kz.otinish.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How text becomes searchable, the same for documents and queries on every database:
 * lower case, the Kazakh letters folded to their Russian look-alikes (і→и, ү→у, ұ→у, ө→о,
 * қ→к, ғ→г, ң→н, ә→а, һ→х, and ё→е), split into words of letters and digits. A query word
 * is cut to its stem by stripping Russian endings and Kazakh suffixes, and matches every
 * document word that starts with that stem: {@code оценка} finds {@code оценку},
 * {@code емтихан} finds {@code емтиханымды}.
 */
final class SearchText {

	/** Stems shorter than this are not cut further (a short stem would find too much). */
	static final int MIN_STEM = 4;

	// longest first; Kazakh suffixes are written folded (і→и, ұ/ү→у, ғ→г, қ→к, ң→н, ә→а)
	private static final List<String> ENDINGS = Stream.of(
			// Kazakh: plural, possessive, case endings (already folded)
			"лардын", "лердин", "дардын", "дердин", "тардын", "тердин", "ларды", "лерди", "дарды", "дерди", "тарды",
			"терди", "ларга", "лерге", "дарга", "дерге", "тарга", "терге", "ларда", "лерде", "дарда", "дерде", "тарда",
			"терде", "лардан", "лерден", "дардан", "дерден", "тардан", "терден", "ларымыз", "леримиз", "ымыздын",
			"имиздин", "ынан", "инен", "ынын", "инин", "ымды", "имди", "ымнын", "имнин", "ымен", "имен", "ындагы",
			"индеги", "сынан", "синен", "сында", "синде", "сымен", "симен", "сына", "сине", "сын", "син", "мыз", "миз",
			"ныз", "низ", "лар", "лер", "дар", "дер", "тар", "тер", "дын", "дин", "тын", "тин", "нын", "нин", "нан",
			"нен", "дан", "ден", "тан", "тен", "мен", "бен", "пен", "нда", "нде", "ды", "ди", "ты", "ти", "ны", "ни",
			"га", "ге", "ка", "ке", "на", "не", "да", "де", "та", "те", "сы", "си", "ым", "им", "ын", "ин",
			// Russian: adjective, noun and verb endings
			"иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "иях", "ах", "ях", "ов", "ев", "ей",
			"ой", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ом", "ем", "ам", "ям", "ию", "ия", "ть",
			"ет", "ют", "ут", "ит", "ат", "ят", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й")
		.distinct()
		.sorted(Comparator.comparingInt(String::length).reversed())
		.toList();

	private SearchText() {
	}

	/** Lower case with the Kazakh letters folded to their Russian look-alikes. */
	static String fold(String text) {
		// char by char, so that a folded text keeps the positions of the original
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			folded.append(fold(Character.toLowerCase(text.charAt(i))));
		}
		return folded.toString();
	}

	static char fold(char c) {
		return switch (c) {
			case 'і' -> 'и';
			case 'ү', 'ұ' -> 'у';
			case 'ө' -> 'о';
			case 'қ' -> 'к';
			case 'ғ' -> 'г';
			case 'ң' -> 'н';
			case 'ә' -> 'а';
			case 'һ' -> 'х';
			case 'ё' -> 'е';
			default -> c;
		};
	}

	/** The folded words of a text, in order, repeated as they occur. */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		String folded = fold(text);
		int start = -1;
		for (int i = 0; i <= folded.length(); i++) {
			boolean inWord = i < folded.length() && isWordChar(folded.charAt(i));
			if (inWord && start < 0) {
				start = i;
			}
			else if (!inWord && start >= 0) {
				words.add(folded.substring(start, i));
				start = -1;
			}
		}
		return words;
	}

	static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c);
	}

	/**
	 * The distinct folded words of texts, space-separated with a space at either end (so
	 * that {@code LIKE '% stem%'} finds a word by its start), at most {@code maxChars}
	 * long.
	 */
	static String document(int maxChars, String... texts) {
		Set<String> distinct = new LinkedHashSet<>();
		for (String text : texts) {
			distinct.addAll(words(text));
		}
		StringBuilder document = new StringBuilder(" ");
		for (String word : distinct) {
			if (document.length() + word.length() + 1 > maxChars) {
				break;
			}
			document.append(word).append(' ');
		}
		return document.toString();
	}

	/** A query word cut to its stem (it is folded already). */
	static String stem(String word) {
		String stem = word;
		for (int round = 0; round < 3; round++) {
			String cut = cutOnce(stem);
			if (cut.equals(stem)) {
				break;
			}
			stem = cut;
		}
		return stem;
	}

	private static String cutOnce(String word) {
		if (!isAlphabetic(word)) {
			return word;
		}
		for (String ending : ENDINGS) {
			if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
				return word.substring(0, word.length() - ending.length());
			}
		}
		return word;
	}

	private static boolean isAlphabetic(String word) {
		return word.chars().allMatch(Character::isLetter);
	}

	/**
	 * A registration number as a key: folded, without dashes, slashes or spaces
	 * ({@code GM1-2026-00012} and {@code gm1 2026 00012} are both {@code gm1202600012}).
	 */
	static String numberKey(String number) {
		StringBuilder key = new StringBuilder();
		for (char c : fold(number).toCharArray()) {
			if (isWordChar(c)) {
				key.append(c);
			}
		}
		return key.toString();
	}

}

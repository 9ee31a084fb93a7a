package kz.otinish.blog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds the employees a text names (INT-3), in Kazakh and Russian: surname with given
 * name in either order ("Ахметов Арман", "Арманға Ахметовқа"), surname with initials in
 * either order ("Ахметов А.Б.", "А.Б. Ахметов"), and given name with patronymic ("Анна
 * Павловна"), each word in any case ending of either language, and in the Russian
 * spelling of Kazakh letters ("Нурлан Сейтказы" names "Нұрлан Сейтқазы"). A surname alone
 * never matches: too many surnames are also common words ("Ким" is Kazakh for "who") or
 * shared by several employees. Where several people are named by the same words, the
 * fullest name wins: "Ахметов Арман Болатұлы" names Болатұлы, not every Ахметов Арман.
 */
final class NameMatcher {

	/**
	 * Kazakh case endings added to a name as written (dative, genitive, accusative,
	 * instrumental, ablative, locative).
	 */
	static final List<String> KAZAKH_ENDINGS = List
		.of("ға", "ге", "қа", "ке", "на", "не", "ның", "нің", "дың", "дің", "тың", "тің", "ды", "ді", "ны", "ні", "мен",
				"бен", "пен", "дан", "ден", "тан", "тен", "нан", "нен", "да", "де", "та", "те")
		.stream()
		.map(NameMatcher::normalize)
		.distinct()
		.toList();

	/**
	 * Kazakh letters and the Russian letters people type for them on a Russian keyboard
	 * (ә → а, ғ → г, қ → к, ң → н, ө → о, ұ/ү → у, һ → х, і → и); names and texts are
	 * compared in this folded spelling.
	 */
	private static final String KAZAKH_LETTERS = "әғқңөұүһі";

	private static final String RUSSIAN_SPELLING = "агкноуухи";

	/**
	 * Russian case endings added to a name ending in a consonant ("Ахметов" →
	 * "Ахметову").
	 */
	static final List<String> RUSSIAN_ENDINGS = List.of("а", "у", "ым", "ом", "е", "ой", "ою", "ого", "ому", "ем",
			"им");

	/**
	 * Russian endings that replace a final vowel or й/ь ("Ахметова" → "Ахметовой", "Анна"
	 * → "Анне", "Андрей" → "Андрею").
	 */
	static final List<String> RUSSIAN_REPLACING_ENDINGS = List.of("ой", "ою", "у", "е", "ы", "и", "ю", "я", "ей", "ем",
			"ем", "ям");

	private static final Set<Character> REPLACEABLE = Set.of('а', 'я', 'й', 'ь');

	/** A word, or an initial: one capital letter and a dot. */
	private static final Pattern TOKEN = Pattern.compile("(\\p{Lu})\\.|\\p{L}+(?:-\\p{L}+)*");

	private final List<Person> people;

	NameMatcher(List<Employee> employees) {
		this.people = employees.stream().map(Person::of).filter(person -> person != null).toList();
	}

	/** A name found in a text, with the words that named it. */
	record Match(Employee employee, String named) {
	}

	/**
	 * The employees the text names, in the order they first appear, each once; at each
	 * place, only those named by the most words there.
	 */
	List<Match> find(String text) {
		List<Token> tokens = tokens(text);
		Map<Employee, Match> found = new LinkedHashMap<>();
		int i = 0;
		while (i < tokens.size()) {
			int longest = 0;
			List<Person> named = new ArrayList<>();
			for (Person person : this.people) {
				int length = person.namedAt(tokens, i);
				if (length > longest) {
					longest = length;
					named.clear();
				}
				if (length > 0 && length == longest) {
					named.add(person);
				}
			}
			if (longest == 0) {
				i++;
				continue;
			}
			String words = String.join(" ", tokens.subList(i, i + longest).stream().map(Token::raw).toList());
			named.forEach(person -> found.putIfAbsent(person.employee(), new Match(person.employee(), words)));
			i += longest;
		}
		return new ArrayList<>(found.values());
	}

	private static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			String initial = matcher.group(1);
			if (initial != null) {
				tokens.add(new Token(matcher.group(), normalize(initial), true));
			}
			else {
				tokens.add(new Token(matcher.group(), normalize(matcher.group()), false));
			}
		}
		return tokens;
	}

	/** Lower case, ё as е, Kazakh letters in their Russian spelling. */
	static String normalize(String word) {
		StringBuilder folded = new StringBuilder(word.toLowerCase(Locale.ROOT).replace('ё', 'е'));
		for (int i = 0; i < folded.length(); i++) {
			int kazakh = KAZAKH_LETTERS.indexOf(folded.charAt(i));
			if (kazakh >= 0) {
				folded.setCharAt(i, RUSSIAN_SPELLING.charAt(kazakh));
			}
		}
		return folded.toString();
	}

	/**
	 * Is this word the name in one of its Kazakh or Russian case forms (both compared as
	 * {@link #normalize normalized})?
	 */
	static boolean isFormOf(String word, String name) {
		return isFoldedFormOf(normalize(word), normalize(name));
	}

	private static boolean isFoldedFormOf(String word, String name) {
		if (word.equals(name)) {
			return true;
		}
		if (word.startsWith(name)) {
			String ending = word.substring(name.length());
			if (KAZAKH_ENDINGS.contains(ending) || RUSSIAN_ENDINGS.contains(ending)) {
				return true;
			}
		}
		if (name.length() > 2 && REPLACEABLE.contains(name.charAt(name.length() - 1))) {
			String stem = name.substring(0, name.length() - 1);
			return word.startsWith(stem) && RUSSIAN_REPLACING_ENDINGS.contains(word.substring(stem.length()));
		}
		return false;
	}

	private record Token(String raw, String word, boolean initial) {

		boolean isFormOf(String name) {
			return !this.initial && NameMatcher.isFoldedFormOf(this.word, name);
		}

		boolean isInitialOf(String name) {
			return this.initial && name.startsWith(this.word);
		}

	}

	private record Person(Employee employee, String surname, String given, @Nullable String patronymic) {

		static @Nullable Person of(Employee employee) {
			String[] parts = employee.fullName().strip().split("\\s+");
			if (parts.length < 2) {
				return null;
			}
			return new Person(employee, normalize(parts[0]), normalize(parts[1]),
					parts.length > 2 ? normalize(parts[2]) : null);
		}

		/** How many tokens from {@code i} name this person, 0 if they do not. */
		int namedAt(List<Token> tokens, int i) {
			Token first = tokens.get(i);
			@Nullable Token second = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
			@Nullable Token third = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
			if (second == null) {
				return 0;
			}
			if (first.isFormOf(this.surname)) {
				// "Ахметов Арман", "Ахметов А.Б.", "Ахметов А."
				if (second.isFormOf(this.given)) {
					return third != null && this.patronymic != null && third.isFormOf(this.patronymic) ? 3 : 2;
				}
				if (second.isInitialOf(this.given)) {
					if (third != null && third.initial()) {
						return this.patronymic != null && third.isInitialOf(this.patronymic) ? 3 : 0;
					}
					return 2;
				}
				return 0;
			}
			if (first.isFormOf(this.given)) {
				// "Арман Ахметов", "Анна Павловна", "Анна Павловна Егорова"
				if (second.isFormOf(this.surname)) {
					return 2;
				}
				if (this.patronymic != null && second.isFormOf(this.patronymic)) {
					return third != null && third.isFormOf(this.surname) ? 3 : 2;
				}
				return 0;
			}
			if (first.isInitialOf(this.given)) {
				// "А.Б. Ахметов", "А. Ахметов"
				if (second.isFormOf(this.surname)) {
					return 2;
				}
				if (second.initial() && this.patronymic != null && second.isInitialOf(this.patronymic) && third != null
						&& third.isFormOf(this.surname)) {
					return 3;
				}
			}
			return 0;
		}

	}

}

package kz.otinish.system;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a person reads exists in Kazakh, Russian and English, and comes from a
 * message bundle (in the spirit of spring-petclinic's {@code I18nPropertiesSyncTest}):
 * <ul>
 * <li>each {@code messages/<module>.properties} (Kazakh, the default) has {@code _ru} and
 * {@code _en} siblings with exactly the same keys, and no locale file lacks its
 * default;</li>
 * <li>no value is empty, no key is defined twice, every file is valid UTF-8;</li>
 * <li>a message uses the same {@code {0}} arguments in every language, and one with
 * arguments writes an apostrophe as {@code ''} (MessageFormat);</li>
 * <li>every bundle is listed in {@code spring.messages.basename} and no key is defined by
 * two bundles (the first would silently win);</li>
 * <li>no template contains literal user-visible text: text between tags (other than
 * whitespace, digits, punctuation and symbols) outside elements whose body Thymeleaf
 * replaces ({@code th:text}, {@code th:utext}, {@code th:replace}, {@code th:insert},
 * {@code th:errors}, {@code th:remove="all"}), comments, {@code <script>} and
 * {@code <style>}; and {@code alt}, {@code title}, {@code placeholder},
 * {@code aria-label} are set by {@code th:} attributes;</li>
 * <li>every literal message key a template names ({@code #{signIn.title}}) exists.</li>
 * </ul>
 * A page's root
 * {@code <html th:replace="~{fragments/layout :: layout(~{::title}, ~{::section})}">}
 * does not exempt the page: the layout renders the page's own parts.
 */
class I18nPropertiesSyncTests {

	static final Path MESSAGES = Path.of("src/main/resources/messages");

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path APPLICATION_PROPERTIES = Path.of("src/main/resources/application.properties");

	static final List<String> LANGUAGES = List.of("", "_ru", "_en");

	/**
	 * The only literal text a template may contain: each language's name, written in
	 * itself.
	 */
	static final Set<String> ALLOWED_LITERAL_TEXT = Set.of("Қазақша", "Русский", "English");

	/** Attributes a person reads (or hears): they must come from messages. */
	static final Set<String> TEXT_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label");

	/** Thymeleaf attributes that replace an element's body (or the element). */
	static final Set<String> BODY_REPLACING = Set.of("text", "utext", "replace", "insert", "errors");

	static final Pattern FILE_NAME = Pattern.compile("([a-z][a-z0-9-]*)(_[a-z]{2}(?:_[A-Z]{2})?)?\\.properties");

	static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[})(]");

	static final Pattern LETTER = Pattern.compile("\\p{L}");

	static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	/** bundle name (e.g. "system") -> suffix ("", "_ru", "_en") -> file. */
	static Map<String, Map<String, Path>> bundles;

	@BeforeAll
	static void findBundles() throws IOException {
		bundles = new TreeMap<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
				Matcher name = FILE_NAME.matcher(file.getFileName().toString());
				assertThat(name.matches()).as("message file name %s is <module>[_ru|_en].properties", file).isTrue();
				String suffix = name.group(2) == null ? "" : name.group(2);
				bundles.computeIfAbsent(name.group(1), b -> new LinkedHashMap<>()).put(suffix, file);
			}
		}
		assertThat(bundles).as("message bundles in " + MESSAGES.toAbsolutePath()).isNotEmpty();
	}

	@Test
	void everyBundleHasKazakhRussianAndEnglishAndNothingElse() {
		List<String> problems = new ArrayList<>();
		bundles.forEach((bundle, files) -> {
			for (String language : LANGUAGES) {
				if (!files.containsKey(language)) {
					problems.add("missing " + MESSAGES.resolve(bundle + language + ".properties"));
				}
			}
			files.keySet()
				.stream()
				.filter(language -> !LANGUAGES.contains(language))
				.forEach(language -> problems.add("unexpected language file " + files.get(language)
						+ " (Kazakh is the default file, then _ru and _en)"));
		});
		assertThat(problems).as("bundle files").isEmpty();
	}

	@Test
	void everyLanguageHasExactlyTheSameKeys() throws IOException {
		List<String> problems = new ArrayList<>();
		for (var entry : bundles.entrySet()) {
			Map<String, Set<String>> keys = new LinkedHashMap<>();
			for (var file : entry.getValue().entrySet()) {
				keys.put(file.getKey(), load(file.getValue()).keySet());
			}
			Set<String> all = keys.values()
				.stream()
				.flatMap(Set::stream)
				.collect(Collectors.toCollection(TreeSet::new));
			keys.forEach((language, present) -> {
				Set<String> missing = new TreeSet<>(all);
				missing.removeAll(present);
				if (!missing.isEmpty()) {
					problems.add(entry.getValue().get(language) + " lacks " + missing);
				}
			});
		}
		assertThat(problems).as("keys missing in some language").isEmpty();
	}

	@Test
	void everyLanguageUsesTheSameArgumentsAndQuotesApostrophes() throws IOException {
		List<String> problems = new ArrayList<>();
		for (var files : bundles.values()) {
			Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
			for (var file : files.entrySet()) {
				byLanguage.put(file.getKey(), load(file.getValue()));
			}
			Map<String, String> kazakh = byLanguage.getOrDefault("", Map.of());
			byLanguage.forEach((language, messages) -> messages.forEach((key, value) -> {
				Path file = files.get(language);
				Set<String> arguments = arguments(value);
				if (kazakh.containsKey(key) && !arguments.equals(arguments(kazakh.get(key)))) {
					problems.add(file + ": " + key + " uses arguments " + arguments + " but the Kazakh text uses "
							+ arguments(kazakh.get(key)));
				}
				// with arguments Spring formats the text with MessageFormat, where '
				// starts a quote
				if (!arguments.isEmpty() && LONE_APOSTROPHE.matcher(value).find()) {
					problems.add(file + ": " + key + " has arguments and a single ' (write '' for an apostrophe)");
				}
			}));
		}
		assertThat(problems).as("message arguments").isEmpty();
	}

	@Test
	void noValueIsEmptyAndNoKeyIsDefinedTwice() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path file : allFiles()) {
			load(file).forEach((key, value) -> {
				if (value.isBlank()) {
					problems.add(file + ": " + key + " is empty");
				}
			});
			problems.addAll(duplicates(file));
		}
		assertThat(problems).as("empty or duplicate messages").isEmpty();
	}

	@Test
	void filesAreValidUtf8() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path file : allFiles()) {
			byte[] bytes = Files.readAllBytes(file);
			try {
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes));
			}
			catch (CharacterCodingException ex) {
				problems.add(file + " is not valid UTF-8: " + ex);
			}
			if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
					&& (bytes[2] & 0xff) == 0xbf) {
				problems.add(file + " starts with a byte order mark (the first key would carry it)");
			}
		}
		assertThat(problems).as("encoding").isEmpty();
	}

	@Test
	void everyBundleIsRegisteredAndNoKeyIsInTwoBundles() throws IOException {
		Properties application = new Properties();
		application.load(new StringReader(Files.readString(APPLICATION_PROPERTIES)));
		Set<String> registered = Arrays.stream(application.getProperty("spring.messages.basename", "").split(","))
			.map(String::strip)
			.collect(Collectors.toSet());
		List<String> problems = new ArrayList<>();
		Map<String, String> owner = new HashMap<>();
		for (String bundle : bundles.keySet()) {
			if (!registered.contains("messages/" + bundle)) {
				problems.add("messages/" + bundle + " is not listed in spring.messages.basename of "
						+ APPLICATION_PROPERTIES + ": its keys would never be found");
			}
			Path kazakh = bundles.get(bundle).get("");
			if (kazakh == null) {
				continue;
			}
			for (String key : load(kazakh).keySet()) {
				String other = owner.putIfAbsent(key, bundle);
				if (other != null) {
					problems.add(key + " is defined in both messages/" + other + " and messages/" + bundle);
				}
			}
		}
		assertThat(problems).as("bundle registration").isEmpty();
	}

	@Test
	void templatesContainNoLiteralText() throws IOException, ParseException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(Files.readString(template),
					new LiteralTextFinder(template, problems));
		}
		assertThat(problems).as("literal user-visible text in templates (use #{...} and the module's bundle)")
			.isEmpty();
	}

	@Test
	void templatesNameOnlyExistingMessageKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (Map<String, Path> files : bundles.values()) {
			if (files.containsKey("")) {
				keys.addAll(load(files.get("")).keySet());
			}
		}
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Matcher key = MESSAGE_KEY.matcher(Files.readString(template));
			while (key.find()) {
				if (!keys.contains(key.group(1))) {
					problems.add(template + " uses #{" + key.group(1) + "}, which no bundle defines");
				}
			}
		}
		assertThat(problems).as("unknown message keys").isEmpty();
	}

	@Test
	void theTemplateCheckFindsLiteralTextAndIgnoresWhatThymeleafReplaces() throws ParseException {
		String sample = """
				<html th:replace="~{fragments/layout :: layout(~{::title}, ~{::section})}">
				<head><title th:text="#{x.title}">Prototype title</title><style>p { color: red }</style></head>
				<body><section>
				  <!-- a comment with words -->
				  <h1>Literal heading</h1>
				  <p th:text="#{x.lead}">prototype <b>nested</b> text</p>
				  <p th:remove="all">only in the prototype</p>
				  <span th:errors="*{name}">error</span> · 12 &nbsp; [[#{x.inline}]]
				  <img src="a.png" alt="A photo"><img src="b.png" alt="" ><img th:alt="#{x.alt}" alt="Fallback">
				  <input placeholder="Type here" th:attr="placeholder=#{x.hint}"><a title="Literal title" href="#">[[#{x.go}]]</a>
				  <a href="?lang=ru">Русский</a><script>var words = "not text";</script>
				</section></body></html>
				""";
		List<String> problems = new ArrayList<>();
		new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(sample,
				new LiteralTextFinder(Path.of("sample.html"), problems));
		assertThat(problems).hasSize(3)
			.anySatisfy(p -> assertThat(p).contains("\"Literal heading\""))
			.anySatisfy(p -> assertThat(p).contains("alt=\"A photo\""))
			.anySatisfy(p -> assertThat(p).contains("title=\"Literal title\""));
	}

	// ---- helpers ----

	/** The MessageFormat argument indices a message uses, e.g. [0, 1]. */
	static Set<String> arguments(String message) {
		Set<String> found = new TreeSet<>();
		Matcher argument = ARGUMENT.matcher(message);
		while (argument.find()) {
			found.add(argument.group(1));
		}
		return found;
	}

	static List<Path> allFiles() {
		return bundles.values().stream().flatMap(files -> files.values().stream()).sorted().toList();
	}

	static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
		}
	}

	static Map<String, String> load(Path file) throws IOException {
		Properties properties = new Properties();
		properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
		Map<String, String> values = new TreeMap<>();
		properties.forEach((key, value) -> values.put((String) key, (String) value));
		return values;
	}

	static List<String> duplicates(Path file) throws IOException {
		List<String> found = new ArrayList<>();
		Properties detector = new Properties() {
			@Override
			public synchronized Object put(Object key, Object value) {
				if (containsKey(key)) {
					found.add(file + ": " + key + " is defined twice");
				}
				return super.put(key, value);
			}
		};
		detector.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
		return found;
	}

	/** Walks one template and reports literal text and literal text attributes. */
	static final class LiteralTextFinder extends AbstractMarkupHandler {

		private final Path template;

		private final List<String> problems;

		/** Per open element: does it hide its body (replaced, script, style)? */
		private final Deque<Boolean> hidden = new ArrayDeque<>();

		private final Map<String, String> attributes = new LinkedHashMap<>();

		private String element = "";

		private int line;

		LiteralTextFinder(Path template, List<String> problems) {
			this.template = template;
			this.problems = problems;
		}

		@Override
		public void handleOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
			start(new String(buffer, offset, len), line);
		}

		@Override
		public void handleOpenElementEnd(char[] buffer, int offset, int len, int line, int col) {
			boolean parentHidden = !this.hidden.isEmpty() && this.hidden.peek();
			this.hidden.push(parentHidden || hidesBody());
			checkAttributes();
		}

		@Override
		public void handleStandaloneElementStart(char[] buffer, int offset, int len, boolean minimized, int line,
				int col) {
			start(new String(buffer, offset, len), line);
		}

		@Override
		public void handleStandaloneElementEnd(char[] buffer, int offset, int len, boolean minimized, int line,
				int col) {
			checkAttributes();
		}

		@Override
		public void handleCloseElementStart(char[] buffer, int offset, int len, int line, int col) {
			this.hidden.poll();
		}

		@Override
		public void handleAutoCloseElementStart(char[] buffer, int offset, int len, int line, int col) {
			this.hidden.poll();
		}

		@Override
		public void handleAttribute(char[] buffer, int nameOffset, int nameLen, int nameLine, int nameCol,
				int operatorOffset, int operatorLen, int operatorLine, int operatorCol, int valueContentOffset,
				int valueContentLen, int valueOuterOffset, int valueOuterLen, int valueLine, int valueCol) {
			String name = new String(buffer, nameOffset, nameLen).toLowerCase();
			if (name.startsWith("data-th-")) {
				name = "th:" + name.substring("data-th-".length());
			}
			this.attributes.put(name, new String(buffer, valueContentOffset, valueContentLen));
		}

		@Override
		public void handleText(char[] buffer, int offset, int len, int line, int col) {
			if (!this.hidden.isEmpty() && this.hidden.peek()) {
				return;
			}
			String text = new String(buffer, offset, len)
				// Thymeleaf inlining ([[${...}]], [(#{...})]) and character references
				// are not literal text
				.replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", " ")
				.replaceAll("&(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);", " ")
				.strip();
			if (LETTER.matcher(text).find() && !ALLOWED_LITERAL_TEXT.contains(text)) {
				this.problems.add(this.template + ":" + line + ": \"" + abbreviate(text) + "\"");
			}
		}

		private void start(String name, int line) {
			this.element = name.toLowerCase();
			this.line = line;
			this.attributes.clear();
		}

		private boolean hidesBody() {
			if (this.element.equals("script") || this.element.equals("style")) {
				return true;
			}
			String remove = this.attributes.get("th:remove");
			if (remove != null && Set.of("all", "body", "all-but-first").contains(remove.strip())) {
				return true;
			}
			for (String replacing : BODY_REPLACING) {
				if (this.attributes.containsKey("th:" + replacing)) {
					// a page decorated by the layout keeps its own title and section:
					// still check them
					boolean decoratedPage = this.element.equals("html")
							&& (replacing.equals("replace") || replacing.equals("insert"));
					if (!decoratedPage) {
						return true;
					}
				}
			}
			return false;
		}

		private void checkAttributes() {
			for (String name : TEXT_ATTRIBUTES) {
				String value = this.attributes.get(name);
				if (value == null || !LETTER.matcher(value).find() || drivenByThymeleaf(name)) {
					continue;
				}
				this.problems.add(this.template + ":" + this.line + ": <" + this.element + " " + name + "=\""
						+ abbreviate(value) + "\"> (use th:" + name + "=\"#{...}\")");
			}
		}

		private boolean drivenByThymeleaf(String name) {
			if (this.attributes.containsKey("th:" + name)) {
				return true;
			}
			return Stream.of("th:attr", "th:attrappend", "th:attrprepend")
				.map(this.attributes::get)
				.anyMatch(value -> value != null
						&& Pattern.compile("(^|[\\s,])" + Pattern.quote(name) + "\\s*=").matcher(value).find());
		}

		private static String abbreviate(String text) {
			String flat = text.replaceAll("\\s+", " ");
			return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
		}

	}

}

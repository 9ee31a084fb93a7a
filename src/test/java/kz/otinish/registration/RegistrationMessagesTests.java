package kz.otinish.registration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module's three bundles have the same keys, and its templates use only keys that
 * exist.
 */
class RegistrationMessagesTests {

	@Test
	void everyBundleHasEveryKey() throws IOException {
		Set<String> kazakh = keys("messages/registration.properties");
		assertThat(kazakh).isNotEmpty();
		assertThat(keys("messages/registration_ru.properties")).isEqualTo(kazakh);
		assertThat(keys("messages/registration_en.properties")).isEqualTo(kazakh);
	}

	@Test
	void templatesUseExistingKeysAndNoLiteralText() throws IOException {
		Set<String> kazakh = keys("messages/registration.properties");
		Pattern key = Pattern.compile("#\\{(registration\\.[A-Za-z.]+)");
		// text between tags that Thymeleaf does not replace would show as is
		Pattern literal = Pattern.compile(">\\s*([^<>\\s][^<>]*)<");
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates/registration"))) {
			for (Path template : templates.filter(Files::isRegularFile).toList()) {
				String html = Files.readString(template);
				Matcher used = key.matcher(html);
				while (used.find()) {
					assertThat(kazakh).as(template + " uses " + used.group(1)).contains(used.group(1));
				}
				for (String line : html.split("\n")) {
					Matcher text = literal.matcher(line);
					if (text.find() && !line.contains("th:text") && !line.contains("<title")) {
						assertThat(line).as("literal text in " + template).doesNotContainPattern("\\p{L}{2,}\\s*<");
					}
				}
			}
		}
	}

	private static Set<String> keys(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = RegistrationMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}

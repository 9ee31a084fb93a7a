package kz.otinish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of the procedure is proved by a test that names it. The IDs are copied from
 * sop.md into {@code sop-rule-ids.txt} (sop.md lives outside this repository); a test
 * names an ID when the ID stands on its own in a test source, so "TERM-1..TERM-8" names
 * TERM-1 and TERM-8 but not TERM-2.
 */
class RuleIdsTests {

	static final Path TESTS = Path.of("src/test/java");

	@Test
	@DisplayName("Every sop.md rule ID is named on its own by a test")
	void everyRuleIsNamedByATest() throws IOException {
		List<String> ids = ruleIds();
		assertThat(ids).contains("INT-1", "TERM-9", "REV-12", "STAT-1");
		String sources = testSources();
		List<String> unnamed = new ArrayList<>();
		for (String id : ids) {
			if (!standalone(id).matcher(sources).find()) {
				unnamed.add(id);
			}
		}
		assertThat(unnamed).as("rule IDs no test names on its own").isEmpty();
	}

	@Test
	@DisplayName("An ID inside a range does not count as named")
	void rangesDoNotName() {
		assertThat(standalone("TERM-2").matcher("TERM-1..TERM-8").find()).isFalse();
		assertThat(standalone("TERM-1").matcher("\"TERM-1..TERM-8\"").find()).isFalse();
		assertThat(standalone("TERM-8").matcher("TERM-1..TERM-8: journals").find()).isFalse();
		assertThat(standalone("REV-1").matcher("REV-10, REV-12").find()).isFalse();
		assertThat(standalone("REV-1").matcher("\"REV-1, REV-3: triage\"").find()).isTrue();
		assertThat(standalone("INT-2").matcher("INT-2(b): at the desk").find()).isTrue();
	}

	static Pattern standalone(String id) {
		return Pattern.compile("(?<![A-Za-z0-9.-])" + Pattern.quote(id) + "(?![0-9]|\\.\\.)");
	}

	static List<String> ruleIds() throws IOException {
		try (InputStream in = RuleIdsTests.class.getResourceAsStream("/sop-rule-ids.txt")) {
			assertThat(in).as("sop-rule-ids.txt").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
	}

	static String testSources() throws IOException {
		StringBuilder all = new StringBuilder();
		try (Stream<Path> files = Files.walk(TESTS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				all.append(Files.readString(file)).append('\n');
			}
		}
		return all.toString();
	}

}

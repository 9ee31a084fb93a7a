package kz.otinish.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar's bundles: the same keys in Kazakh, Russian and English, every label and
 * template key present.
 */
class CalendarMessagesTests {

	static Properties bundle(String suffix) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = CalendarMessagesTests.class
			.getResourceAsStream("/messages/calendar" + suffix + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void everyBundleHasEveryKey() throws IOException {
		Set<Object> kazakh = bundle("").keySet();
		assertThat(bundle("_ru").keySet()).isEqualTo(kazakh);
		assertThat(bundle("_en").keySet()).isEqualTo(kazakh);
		assertThat(kazakh).allSatisfy(key -> assertThat((String) key).startsWith("calendar."));
	}

	@Test
	void everyEnumHasALabel() throws IOException {
		Properties kazakh = bundle("");
		java.util.Map<String, Enum<?>[]> labels = java.util.Map.of("calendar.kind.", DayKind.values(),
				"calendar.status.", DataStatus.values(), "calendar.holiday.", Holiday.values(), "calendar.coverage.",
				Coverage.values(), "calendar.change.", ChangeType.values());
		labels.forEach((prefix, values) -> {
			for (Enum<?> value : values) {
				assertThat(kazakh).containsKey(prefix + value.name());
			}
		});
	}

	@Test
	void everyKeyTheTemplateUsesExists() throws IOException {
		String template;
		try (InputStream in = CalendarMessagesTests.class.getResourceAsStream("/templates/calendar/admin.html")) {
			template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Properties kazakh = bundle("");
		Matcher keys = Pattern.compile("#\\{(calendar\\.[A-Za-z_.]+)").matcher(template);
		int found = 0;
		while (keys.find()) {
			assertThat(kazakh).containsKey(keys.group(1));
			found++;
		}
		assertThat(found).isGreaterThan(20);
	}

}

package kz.otinish.clock;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class OverdueExportTests {

	private final OverdueExport export = new OverdueExport(messages());

	@Test
	@DisplayName("DL-1: the overdue list's CSV starts with a byte order mark and labels its columns in the reader's language, never with codes")
	void headingsInTheReadersLanguage() {
		String ru = new String(this.export.of(List.of(), Locale.forLanguageTag("ru")).csv(), StandardCharsets.UTF_8);
		String en = new String(this.export.of(List.of(), Locale.ENGLISH).csv(), StandardCharsets.UTF_8);
		assertThat(ru).startsWith("\uFEFF\"").doesNotContain("dueOn").doesNotContain("number");
		assertThat(en).startsWith("\uFEFF\"Registration number\";\"Subject\";\"School\";\"Status\";\"Due on\"");
		assertThat(ru).isNotEqualTo(en);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/clock", "messages/appeal");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}

package kz.otinish.appeal.web;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The appeal's history in the reader's words, from the real message bundles. */
class TimelineTextTests {

	private final TimelineText text = new TimelineText(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/appeal", "messages/answer", "messages/audit", "messages/documents",
				"messages/review");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	@DisplayName("TERM-8: codes in the history become labels, ISO days dd.MM.yyyy, the system is Otinish; unknown text stays")
	void labelsCodesAndDays() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
		assertThat(this.text.detail("PORTAL")).isEqualTo("Портал");
		assertThat(this.text.detail("GM1-2026-12 (NOT_ANSWERED_IN_TIME)"))
			.isEqualTo("GM1-2026-12 (На предыдущее обращение не ответили в срок)");
		assertThat(this.text.detail("2026-11-27 → 2026-12-21: болезнь")).isEqualTo("27.11.2026 → 21.12.2026: болезнь");
		assertThat(this.text.detail("receipt v1 SHA-256 ca2b04eb"))
			.isEqualTo("Талон о регистрации, версия 1, SHA-256 ca2b04eb");
		assertThat(this.text.detail("DL-2 SOMETHING_UNKNOWN")).isEqualTo("DL-2 SOMETHING_UNKNOWN");
		assertThat(this.text.detail("2 / 2026-11-27 → Оспанова Шолпан"))
			.isEqualTo("До срока 27.11.2026 осталось рабочих дней: 2; напомнили: Оспанова Шолпан");
		assertThat(this.text.detail(null)).isNull();
		assertThat(this.text.actor("system")).isEqualTo("Өтініш (автоматически)");
		assertThat(this.text.actor("Оспанова Ш. Қ.")).isEqualTo("Оспанова Ш. Қ.");
		// personal data: the trail records an applicant's own steps without their name
		assertThat(this.text.actor("applicant")).isEqualTo("Заявитель");
		LocaleContextHolder.setLocale(Locale.forLanguageTag("kk"));
		assertThat(this.text.detail("IN_PERSON")).isEqualTo("Қолхатпен жеке қолына");
	}

}

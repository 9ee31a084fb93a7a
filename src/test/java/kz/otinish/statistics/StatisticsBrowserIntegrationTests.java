package kz.otinish.statistics;

import java.time.LocalDate;
import java.util.List;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Outcome;
import kz.otinish.appeal.TestSteps;
import kz.otinish.browser.Browser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * STAT-1 in a real browser, with axe at 1280 and 375 px: the dean takes the menu to the
 * dashboard (Kazakh), follows a figure to the list behind it and on to the council
 * report; the analyst reads the dashboard in Russian, its bars drawn, and the
 * accreditation report. Screenshots in {@code target/screenshots}.
 */
@Tag("browser")
@OtinishIntegrationTest
class StatisticsBrowserIntegrationTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	AppealManagement appeals;

	void someAppeals() {
		for (Outcome outcome : List.of(Outcome.SATISFIED, Outcome.NOT_SATISFIED)) {
			Appeal appeal = this.appeals.fileOnline(AppealFixtures.studentApplication(null, "GM1"), List.of());
			var now = java.time.Instant.now();
			this.appeals.performAt(appeal.id(), new AppealCommand.StartTriage(), TestSteps.SYSTEM, now);
			this.appeals.performAt(appeal.id(), TestSteps.route("GM1-EPC"), TestSteps.SYSTEM, now);
			this.appeals.performAt(appeal.id(), TestSteps.decide(outcome, LocalDate.now()), TestSteps.SYSTEM, now);
		}
	}

	@Test
	@DisplayName("STAT-1: the dean's dashboard in Kazakh: a figure leads to its list, the list to the council report; every page passes axe on a desktop and a phone")
	void deanFollowsAFigure() throws Exception {
		someAppeals();
		browser.signIn("dean");
		browser.click(By.cssSelector(".ot-nav a[href^='/statistics']")).assertAccessible();
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Статистика және талдау");
		assertThat(browser.findAll(By.cssSelector("[data-chart-for] canvas"))).isNotEmpty();
		browser.saveScreenshot("statistics-kk-1280");
		browser.assertUsableOnPhone().assertAccessible();
		browser.saveScreenshot("statistics-kk-375");
		browser.desktopWidth();

		String received = browser.text(By.cssSelector("#figure-received .ot-figure__value"));
		browser.click(By.cssSelector("#figure-received a")).assertAccessible();
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Көрсеткіштің артындағы өтініштер");
		assertThat(browser.text(By.cssSelector(".ot-search-count"))).isEqualTo("Барлығы " + received + " өтініш");
		browser.assertUsableOnPhone().assertAccessible();
		browser.desktopWidth();

		browser.click(By.linkText("Статистикаға оралу"));
		browser.click(By.linkText("Мектеп кеңесіне есеп")).assertAccessible();
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Мектеп кеңесіне есеп");
		browser.type(By.id("analysis"), "Шағымдардың көбі бағалауға қатысты.")
			.click(By.cssSelector("form[action$='/statistics/council/analysis'] button[type=submit]"))
			.assertAccessible();
		assertThat(browser.text(By.cssSelector(".ot-notice"))).isEqualTo("Талдау сақталды.");
		browser.assertUsableOnPhone().assertAccessible();
		browser.saveScreenshot("council-kk-375");
	}

	@Test
	@DisplayName("STAT-1: the analyst's dashboard in Russian with the schools side by side, and the accreditation report; axe on a desktop and a phone")
	void analystReadsEverySchool() throws Exception {
		someAppeals();
		browser.signIn("analyst");
		browser.open("/statistics?lang=ru").assertAccessible();
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Статистика и анализ");
		assertThat(browser.text(By.id("by-school"))).isEqualTo("Школы рядом");
		browser.saveScreenshot("statistics-ru-1280");
		browser.assertUsableOnPhone().assertAccessible();
		browser.saveScreenshot("statistics-ru-375");
		browser.desktopWidth();
		browser.click(By.linkText("Отчёт для аккредитации")).assertAccessible();
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Отчёт для аккредитации");
		browser.assertUsableOnPhone().assertAccessible();
		browser.saveScreenshot("accreditation-ru-375");
	}

}

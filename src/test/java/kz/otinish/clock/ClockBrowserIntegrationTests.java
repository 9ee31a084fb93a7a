package kz.otinish.clock;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.browser.Browser;
import kz.otinish.calendar.DeadlineKind;
import kz.otinish.calendar.Deadlines;
import kz.otinish.calendar.WorkingDayCalendar;
import kz.otinish.identity.Accounts;
import kz.otinish.shared.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extension panel and page (kk, ru) and the overdue list in a real browser, with axe.
 */
@Tag("browser")
@OtinishIntegrationTest
class ClockBrowserIntegrationTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	AppealManagement appeals;

	@Autowired
	Accounts accounts;

	@Autowired
	Deadlines deadlines;

	@Autowired
	WorkingDayCalendar calendar;

	void waitForPanel() {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10), Browser.POLL)
			.until(ExpectedConditions.presenceOfElementLocated(By.id("extensions")));
		browser.assertAccessible();
	}

	void pickDay(LocalDate day) {
		// a date field's typed format follows the browser's locale; set its value as the
		// date picker does
		browser.script("arguments[0].value = arguments[1]", browser.find(By.id("until")), day.toString());
	}

	@Test
	@DisplayName("DL-2: the dean extends from the appeal page in Kazakh, is refused past the cap with the typed values kept, then the history shows in Russian")
	void deanExtendsFromTheAppealPage() {
		Appeal appeal = this.appeals
			.fileOnline(ClockFixtures.application(this.accounts.byUsername("student").orElseThrow().id(), "GM1",
					Language.KK, ClockFixtures.uniqueEmail("browser")), List.of());
		LocalDate start = this.deadlines.clockStart(appeal.receivedAt());
		LocalDate cap = appeal.deadline(DeadlineKind.EXTENSION_CAP).orElseThrow().dueOn();

		browser.signIn("dean").open("/appeals/" + appeal.id());
		waitForPanel();
		assertThat(browser.text(By.id("extensions"))).contains("Мерзім ұзартылған жоқ.", Dates.day(cap));
		browser.click(By.cssSelector("#extensions a[href$='/extension']")).assertAccessible();
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Қарау мерзімін ұзарту");

		pickDay(this.calendar.addWorkingDays(start, 31));
		browser.type(By.id("reason"), "ОӘК отырысын күтеміз");
		browser.click(By.cssSelector("form.ot-form button[type=submit]")).assertAccessible();
		assertThat(browser.text(By.cssSelector(".ot-error-summary"))).contains(Dates.day(cap));
		assertThat(browser.value(By.id("reason"))).isEqualTo("ОӘК отырысын күтеміз");
		browser.assertUsableOnPhone();

		pickDay(cap);
		browser.click(By.cssSelector("form.ot-form button[type=submit]")).assertAccessible();
		assertThat(browser.currentPath()).isEqualTo("/appeals/" + appeal.id() + "?extended");
		waitForPanel();
		assertThat(browser.text(By.id("extensions"))).contains("ОӘК отырысын күтеміз");

		browser.open("/appeals/" + appeal.id() + "?lang=ru");
		waitForPanel();
		assertThat(browser.text(By.id("extensions"))).contains("Продление срока рассмотрения", Dates.day(cap),
				"Уведомить до");
	}

	@Test
	@DisplayName("DL-1: the overdue list for the dean (kk) and the vice-rector (ru), accessible and usable on a phone")
	void overdueList() {
		browser.signIn("dean").open("/overdue");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Мерзімі өткен және жақындаған өтініштер");
		browser.assertUsableOnPhone();
		browser.signOut().signIn("vicerector").open("/overdue?lang=ru");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Просроченные и близкие к сроку обращения");
	}

}

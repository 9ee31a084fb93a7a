package kz.otinish.calendar;

import java.time.Duration;
import java.util.List;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.browser.Browser;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /admin/calendar in the browser the other browser tests share: axe-core finds nothing on
 * it, not even a moderate or minor finding, and it fits 375px.
 */
@Tag("browser")
@OtinishIntegrationTest
class CalendarAdminPageBrowserIntegrationTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	Accounts accounts;

	@BeforeEach
	void administrator() {
		this.accounts.ensureAccount(CalendarIntegrationTests.ADMIN, "demo", "Calendar Administrator", Role.ADMIN, null,
				null, null);
	}

	@Test
	@DisplayName("The working-day calendar's page passes axe-core without a finding, shows its form errors and the statutory fallback, and fits a phone")
	void adminCalendarPassesAxeAndFits375px() {
		browser.signIn(CalendarIntegrationTests.ADMIN);
		// the calendar's own pages: no finding of any impact (the shared check fails on
		// serious and critical ones only)
		int before = browser.accessibilityWarnings().size();
		browser.open("/admin/calendar?year=2026");
		assertThat(browser.text(By.tagName("h1"))).contains("2026");

		// a form with errors, and the statutory-fallback notice
		browser.open("/admin/calendar?year=2099&lang=ru");
		// a date input's keyboard entry depends on the browser's locale: set the value
		// directly
		browser.script("""
				document.getElementById('date').value = '2099-06-10';
				document.querySelector('#day-form button[type=submit]').click();""");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10), Browser.POLL)
			.until(page -> page.getPageSource().contains("Укажите название."));
		assertThat(browser.driver().getPageSource()).contains("value=\"2099-06-10\"");
		browser.assertAccessible();

		browser.phoneWidth().open("/admin/calendar?year=2026&lang=kk").assertUsableOnPhone();
		// the days' tables reflow: each day's change and remove links are
		// on the screen, not beyond a sideways scroll
		Object offScreen = browser.script("""
				return Array.from(document.querySelectorAll('table.ot-stack a'))
				  .filter(a => a.getBoundingClientRect().right > 376)
				  .map(a => a.textContent.trim() + ' ' + Math.round(a.getBoundingClientRect().right));""");
		assertThat((List<?>) offScreen).as("links beyond the phone's edge").isEmpty();
		assertThat(browser.findAll(By.cssSelector("table.ot-stack a[href*='/remove']"))).isNotEmpty();
		assertThat(browser.accessibilityWarnings().subList(before, browser.accessibilityWarnings().size()))
			.as("axe-core's moderate and minor findings on the calendar's pages")
			.isEmpty();
	}

}

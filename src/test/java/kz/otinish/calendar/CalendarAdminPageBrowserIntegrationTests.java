package kz.otinish.calendar;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.browser.Browser;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /admin/calendar in headless Chromium: axe-core finds no violations, and it fits 375px.
 */
@Tag("browser")
@OtinishIntegrationTest
class CalendarAdminPageBrowserIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	ChromeDriver browser;

	@BeforeEach
	void start() {
		this.accounts.ensureAccount(CalendarIntegrationTests.ADMIN, "demo", "Calendar Administrator", Role.ADMIN, null,
				null, null);
		ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
			.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900");
		this.browser = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
					.build(),
				options);
		this.browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
	}

	@AfterEach
	void stop() {
		this.browser.quit();
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void signIn() {
		this.browser.get(url("/sign-in"));
		this.browser.findElement(By.id("username")).sendKeys(CalendarIntegrationTests.ADMIN);
		this.browser.findElement(By.id("password")).sendKeys("demo");
		this.browser.findElement(By.cssSelector("form.ot-form button[type=submit]")).click();
	}

	void assertAccessible(String name) throws Exception {
		Results results = new AxeBuilder().analyze(this.browser);
		Path out = Path.of("target", "browser");
		Files.createDirectories(out);
		Files.writeString(out.resolve(name + ".html"), this.browser.getPageSource());
		Files.write(out.resolve(name + ".png"), ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
		List<Rule> violations = results.getViolations();
		assertThat(violations)
			.as(() -> violations.stream()
				.map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> n.getHtml()).toList())
				.toList()
				.toString())
			.isEmpty();
	}

	@Test
	void adminCalendarPassesAxeAndFits375px() throws Exception {
		signIn();
		this.browser.get(url("/admin/calendar?year=2026"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).contains("2026");
		assertAccessible("calendar-admin-2026");

		// a form with errors, and the statutory-fallback notice
		this.browser.get(url("/admin/calendar?year=2099&lang=ru"));
		// a date input's keyboard entry depends on the browser's locale: set the value
		// directly
		((JavascriptExecutor) this.browser).executeScript("""
				document.getElementById('date').value = '2099-06-10';
				document.querySelector('#day-form button[type=submit]').click();""");
		new WebDriverWait(this.browser, Duration.ofSeconds(10), Browser.POLL)
			.until(page -> page.getPageSource().contains("Укажите название."));
		assertThat(this.browser.getPageSource()).contains("value=\"2099-06-10\"");
		assertAccessible("calendar-admin-errors");

		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 375, "height", 800, "deviceScaleFactor", 1, "mobile", true));
		this.browser.get(url("/admin/calendar?year=2026&lang=kk"));
		Object widths = ((JavascriptExecutor) this.browser)
			.executeScript("return [window.innerWidth, document.documentElement.scrollWidth];");
		Object wide = ((JavascriptExecutor) this.browser).executeScript(
				"""
						return Array.from(document.querySelectorAll('body *'))
						  .filter(e => e.getBoundingClientRect().right > 376 && !e.closest('.ot-table-wrap table'))
						  .slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));""");
		assertThat(widths).as(String.valueOf(wide)).isEqualTo(List.of(375L, 375L));
		// the days' tables reflow: each day's change and remove links are
		// on the screen, not beyond a sideways scroll
		Object offScreen = ((JavascriptExecutor) this.browser).executeScript("""
				return Array.from(document.querySelectorAll('table.ot-stack a'))
				  .filter(a => a.getBoundingClientRect().right > 376)
				  .map(a => a.textContent.trim() + ' ' + Math.round(a.getBoundingClientRect().right));""");
		assertThat((List<?>) offScreen).as("links beyond the phone's edge").isEmpty();
		assertThat(this.browser.findElements(By.cssSelector("table.ot-stack a[href*='/remove']"))).isNotEmpty();
		assertAccessible("calendar-admin-375");
	}

}

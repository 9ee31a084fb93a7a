package kz.otinish.browser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.answer.AnswerManagement;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.calendar.WorkingDayCalendar;
import kz.otinish.identity.Accounts;
import kz.otinish.paths.LifecycleFixtures;
import kz.otinish.review.Reviews;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first page each role reaches, in a real browser, checked by axe-core and at phone
 * width: the dean's triage queue, the registrar's desk and journal, the dean's office
 * desk, the administrator's calendar and organization, the analyst's statistics and an
 * appeal's page, and the public tracking page.
 */
@Tag("browser")
@OtinishIntegrationTest
class RolePagesBrowserIntegrationTests {

	static final Locale KAZAKH = Locale.forLanguageTag("kk");

	static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	AppealManagement appeals;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	Reviews reviews;

	@Autowired
	AnswerManagement answers;

	@Test
	@DisplayName("DL-1, REV-1: the dean's triage queue lists the school's registered appeals, nearest due date first, "
			+ "each due date coloured by urgency")
	void deanSeesTheTriageQueueColouredByUrgency() {
		Appeal filed = fileGm1Appeal();
		browser.signIn("dean");
		assertThat(browser.currentPath()).as("the dean's first page: what waits for them").isEqualTo("/work");
		browser.click(By.linkText(text("nav.triage", KAZAKH))).assertAccessible();
		assertThat(browser.currentPath()).isEqualTo("/triage");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("appeal.triage.title", KAZAKH));

		List<WebElement> rows = browser.findAll(By.cssSelector("table tbody tr"));
		assertThat(rows).isNotEmpty();
		LocalDate today = LocalDate.now(this.clock);
		LocalDate previous = LocalDate.MIN;
		for (WebElement row : rows) {
			List<WebElement> spans = row.findElements(By.cssSelector("td:nth-child(4) span span"));
			LocalDate due = LocalDate.parse(spans.get(0).getText().strip(), DAY);
			assertThat(due).as("nearest due date first").isAfterOrEqualTo(previous);
			previous = due;
			int left = this.calendar.workingDaysBetween(today, due);
			String expected = left < 0 ? "overdue" : left <= 2 ? "soon" : "ok";
			assertThat(spans.get(1).getAttribute("class")).isEqualTo("ot-tag ot-tag--" + expected);
		}
		String number = filed.registration().orElseThrow().number();
		assertThat(browser.findAll(By.linkText(number))).as("the appeal filed for GM1").hasSize(1);
		// each urgency has its own colour
		assertThat(colour("ot-tag--ok")).isNotEqualTo(colour("ot-tag--soon")).isNotEqualTo(colour("ot-tag--overdue"));
		assertThat(colour("ot-tag--soon")).isNotEqualTo(colour("ot-tag--overdue"));
		browser.assertUsableOnPhone();
	}

	@Test
	@DisplayName("INT-1, INT-5: the registrar's desk (no refusing, only registering) and the journal of incoming "
			+ "documents")
	void registrarSeesTheDeskAndTheJournal() {
		browser.signIn("registrar");
		assertThat(browser.currentPath()).as("the registrar's first page: what waits for them").isEqualTo("/work");
		browser.click(By.linkText(text("nav.desk", KAZAKH))).assertAccessible();
		assertThat(browser.currentPath()).isEqualTo("/desk");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("appeal.desk.title", KAZAKH));
		browser.assertUsableOnPhone().desktopWidth();

		browser.click(By.linkText(text("nav.journal", KAZAKH))).assertAccessible();
		assertThat(browser.currentPath()).startsWith("/journal");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("registration.journal.title", KAZAKH));
		assertThat(browser.findAll(By.cssSelector("#journal option")).size())
			.as("the records office reads every journal")
			.isGreaterThan(1);
		browser.assertUsableOnPhone();
	}

	@Test
	@DisplayName("INT-2: the dean's office has a registration desk of its own")
	void deansOfficeSeesTheDesk() {
		browser.signIn("deansoffice");
		assertThat(browser.currentPath()).as("the dean's office's first page: what waits for them").isEqualTo("/work");
		browser.click(By.linkText(text("nav.desk", KAZAKH))).assertAccessible();
		assertThat(browser.currentPath()).isEqualTo("/desk");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("appeal.desk.title", KAZAKH));
		browser.assertUsableOnPhone();
	}

	@Test
	@DisplayName("the administrator's working-day calendar and organization pages")
	void adminSeesCalendarAndOrganization() {
		browser.signIn("admin");
		assertThat(browser.currentPath()).as("the administrator's first page").isEqualTo("/admin/calendar");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(this.messages.getMessage("calendar.admin.title",
				new Object[] { LocalDate.now(this.clock).getYear() }, KAZAKH));
		browser.assertUsableOnPhone().desktopWidth();

		browser.click(By.linkText(text("nav.organization", KAZAKH))).assertAccessible();
		assertThat(browser.currentPath()).startsWith("/admin/organization");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("organization.admin.title", KAZAKH));
		browser.assertUsableOnPhone();
	}

	@Test
	@DisplayName("STAT-1: the analyst's first page is the statistics per school and status, counts only")
	void analystSeesTheStatistics() {
		browser.signIn("analyst");
		assertThat(browser.currentPath()).as("the analyst's first page").isEqualTo("/statistics");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("statistics.title", KAZAKH));
		assertThat(browser.findAll(By.cssSelector("table tbody tr"))).as("a row per school")
			.hasSizeGreaterThanOrEqualTo(9);
		browser.assertUsableOnPhone();
	}

	@Test
	@DisplayName("INT-1, DL-1: a closed appeal's page, found with the list's filter: status bar, details, deadlines, "
			+ "timeline")
	void closedAppealPage() {
		new LifecycleFixtures(this.appeals, this.accounts, this.reviews, this.answers, this.clock)
			.closedStudentAppeal();
		browser.signIn("registrar");
		browser.click(By.linkText(text("nav.appeals", KAZAKH))).assertAccessible();
		// the closed appeal of the fixture, or another test's
		browser.select(By.id("status"), "CLOSED");
		browser.click(By.cssSelector("form.ot-filters button[type=submit]")).assertAccessible();
		assertThat(browser.currentPath()).contains("status=CLOSED");
		WebElement first = browser.find(By.cssSelector("table tbody tr td a"));
		String number = first.getText().strip();
		browser.click(By.cssSelector("table tbody tr td a")).assertAccessible();

		assertThat(browser.currentPath()).matches("/appeals/[0-9a-f-]{36}");
		assertThat(browser.findAll(By.cssSelector(".ot-status-bar dd")).stream().map(dd -> dd.getText().strip()))
			.contains(number, text("appeal.status.CLOSED", KAZAKH));
		assertThat(browser.findAll(By.cssSelector(".ot-timeline li strong")).stream().map(e -> e.getText().strip()))
			.containsSubsequence(text("audit.action.RECEIVE", KAZAKH), text("audit.action.REGISTER", KAZAKH),
					text("audit.action.CLOSE", KAZAKH));
		browser.assertUsableOnPhone();
	}

	@Test
	@DisplayName("TERM-7: public tracking without signing in: a wrong pair is refused in the page's language, "
			+ "the number with its code shows the status and due date")
	void anyoneTracksAnAppealByNumberAndCode() {
		Appeal filed = fileGm1Appeal();
		String number = filed.registration().orElseThrow().number();

		browser.open("/track");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("appeal.track.title", KAZAKH));
		track(number, "WRONGCODE0000000");
		assertThat(browser.text(By.cssSelector(".ot-error-summary[role=alert] p")))
			.isEqualTo(text("appeal.track.notFound", KAZAKH));
		assertThat(browser.value(By.id("number"))).as("kept").isEqualTo(number);

		browser.click(By.linkText("Русский")).assertAccessible();
		track("GM1-1999-1", filed.trackingCode());
		assertThat(browser.text(By.cssSelector(".ot-error-summary[role=alert] p")))
			.isEqualTo(text("appeal.track.notFound", RUSSIAN));
		browser.assertUsableOnPhone().desktopWidth();

		track(number.toLowerCase(Locale.ROOT), filed.trackingCode());
		assertThat(browser.text(By.tagName("h1")))
			.isEqualTo(this.messages.getMessage("appeal.track.resultTitle", new Object[] { number }, RUSSIAN));
		assertThat(browser.findAll(By.cssSelector(".ot-status-bar dd")).stream().map(dd -> dd.getText().strip()))
			.anySatisfy(dd -> assertThat(dd).startsWith(DAY.format(filed.dueOn().orElseThrow())));
		browser.assertUsableOnPhone();
	}

	void track(String number, String code) {
		browser.type(By.id("number"), number).type(By.id("code"), code);
		browser.click(By.cssSelector("form.ot-form button[type=submit]")).assertAccessible();
	}

	/**
	 * An appeal to the dean of General Medicine 1, filed and registered on the portal
	 * now.
	 */
	Appeal fileGm1Appeal() {
		return this.appeals.fileOnline(AppealFixtures.studentApplication(null, "GM1"), List.of());
	}

	/** The background colour the page's stylesheet gives a tag with this modifier. */
	String colour(String modifier) {
		return (String) browser.script("""
				const tag = document.createElement('span');
				tag.className = 'ot-tag ' + arguments[0];
				document.body.appendChild(tag);
				const colour = getComputedStyle(tag).backgroundColor;
				tag.remove();
				return colour;
				""", modifier);
	}

	String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}

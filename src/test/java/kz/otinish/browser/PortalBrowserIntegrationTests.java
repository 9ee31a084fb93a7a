package kz.otinish.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Registration;
import kz.otinish.calendar.Deadlines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * The portal's smoke test in a real browser: a student files an appeal on the portal with
 * every field of Appendix 1 and a PDF (INT-9), gets it registered at once with a number
 * (TERM-7) and a due date of 15 working days (DL-1), in Kazakh and in Russian; the
 * records office finds it in the school's journal of incoming documents and opens it
 * (INT-1).
 */
@Tag("browser")
@OtinishIntegrationTest
class PortalBrowserIntegrationTests {

	static final Locale KAZAKH = Locale.forLanguageTag("kk");

	static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	static final Pattern NUMBER = Pattern.compile("[A-Z0-9]+-\\d{4}-\\d+");

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	@RegisterExtension
	static final Browser browser = new Browser();

	static Path pdf;

	@Autowired
	AppealManagement appeals;

	@Autowired
	Deadlines deadlines;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	@BeforeAll
	static void createPdf() throws IOException {
		pdf = Files.createTempFile("otinish-exam-sheet-", ".pdf");
		Files.writeString(pdf, """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
				3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""", StandardCharsets.US_ASCII);
	}

	@AfterAll
	static void deletePdf() throws IOException {
		Files.deleteIfExists(pdf);
	}

	@Test
	@DisplayName("INT-1, INT-9, TERM-7, DL-1: a student files Appendix 1 with a PDF, gets a number and the due date; "
			+ "the registrar finds it in the school's journal and opens its timeline")
	void studentFilesAnAppealAndTheRegistrarFindsItInTheJournal() {
		browser.signIn("student");
		browser.click(By.linkText(text("nav.newAppeal", KAZAKH))).assertAccessible();
		assertThat(browser.currentPath()).isEqualTo("/appeals/new");
		assertThat(browser.language()).isEqualTo("kk");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("appeal.new.title", KAZAKH));
		assertThat(browser.text(By.cssSelector("label[for=subject]"))).isEqualTo(text("appeal.field.subject", KAZAKH));

		String subject = "Емтихан бағасын қайта қарау " + UUID.randomUUID().toString().substring(0, 8);
		fillEveryAppendix1Field(subject);
		browser.find(By.id("files")).sendKeys(pdf.toAbsolutePath().toString());
		// Law No. 94-V: filing needs the applicant's consent
		browser.tick(By.id("consent"));
		browser.click(By.cssSelector("form.ot-form button[type=submit]")).assertAccessible();

		// the confirmation page: number, registration date and the DL-1 due date (TERM-7,
		// DL-1)
		assertThat(browser.currentPath()).matches("/appeals/[0-9a-f-]{36}/filed");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("appeal.filed.title", KAZAKH));
		String number = browser.text(By.id("registration-number"));
		assertThat(number).matches(NUMBER);
		Appeal appeal = filedAppeal();
		assertThat(appeal.subject()).isEqualTo(subject);
		Registration registration = appeal.registration().orElseThrow();
		assertThat(registration.number()).isEqualTo(number);
		assertThat(registration.journalCode()).as("an appeal to the dean goes to the school's journal")
			.isEqualTo("GM1");
		LocalDate dueOn = this.deadlines.review(appeal.receivedAt()).dueOn();
		List<String> summary = browser.findAll(By.cssSelector("dl.ot-summary dd"))
			.stream()
			.map(dd -> dd.getText().strip())
			.toList();
		assertThat(summary).contains(TIME.format(registration.registeredAt().atZone(this.clock.getZone())),
				DAY.format(dueOn));
		assertThat(browser.text(By.id("due-on"))).isEqualTo(DAY.format(dueOn));
		assertThat(LocalDate.ofInstant(registration.registeredAt(), this.clock.getZone()))
			.isEqualTo(LocalDate.ofInstant(appeal.receivedAt(), this.clock.getZone()));

		// the same page in Russian
		browser.click(By.linkText("Русский")).assertAccessible();
		assertThat(browser.language()).isEqualTo("ru");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("appeal.filed.title", RUSSIAN))
			.isEqualTo("Ваше обращение зарегистрировано");
		assertThat(browser.text(By.id("registration-number"))).isEqualTo(number);
		assertThat(browser.text(By.id("due-on"))).isEqualTo(DAY.format(dueOn));
		assertThat(browser.findAll(By.cssSelector("dl.ot-summary dt")).stream().map(WebElement::getText))
			.contains(text("appeal.field.registeredAt", RUSSIAN), text("appeal.field.dueOn", RUSSIAN));
		browser.assertUsableOnPhone().desktopWidth();

		// the records office picks the school's journal and finds the number there
		// (INT-1)
		browser.signOut();
		browser.signIn("registrar");
		browser.click(By.linkText(text("nav.journal", browser.locale()))).assertAccessible();
		browser.select(By.id("journal"), "GM1");
		browser.click(By.cssSelector("form.ot-filter button[type=submit]")).assertAccessible();
		assertThat(browser.currentPath()).contains("journal=GM1");
		findOnJournalPages(number);
		browser.click(By.linkText(number)).assertAccessible();

		// the appeal page with its timeline: received, registered
		assertThat(browser.currentPath()).isEqualTo("/appeals/" + appeal.id());
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(subject);
		Locale locale = browser.locale();
		assertThat(browser.findAll(By.cssSelector(".ot-timeline li strong")).stream().map(e -> e.getText().strip()))
			.containsSubsequence(text("audit.action.RECEIVE", locale), text("audit.action.REGISTER", locale));
		assertThat(browser.findAll(By.linkText(pdf.getFileName().toString()))).as("the attached PDF").hasSize(1);
	}

	@Test
	@DisplayName("INT-9: an incomplete form shows the error summary and field messages in the page's language "
			+ "and keeps what was typed")
	void incompleteFormKeepsWhatWasTyped() {
		browser.signIn("student");
		browser.open("/appeals/new");
		submitWithOnlyASummary("Жатақханадағы орын", KAZAKH);

		// in Russian: labels, then the same check
		browser.click(By.linkText("Русский")).assertAccessible();
		assertThat(browser.currentPath()).startsWith("/appeals/new");
		assertThat(browser.language()).isEqualTo("ru");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("appeal.new.title", RUSSIAN))
			.isEqualTo("Новое обращение");
		assertThat(browser.text(By.cssSelector("label[for=subject]"))).isEqualTo(text("appeal.field.subject", RUSSIAN));
		assertThat(browser.text(By.cssSelector("label[for=speciality]")))
			.isEqualTo(text("appeal.field.speciality", RUSSIAN));
		submitWithOnlyASummary("Место в общежитии", RUSSIAN);
		browser.assertUsableOnPhone();
	}

	void submitWithOnlyASummary(String summary, Locale locale) {
		String fullName = browser.value(By.id("fullName"));
		browser.type(By.id("subject"), summary);
		browser.click(By.cssSelector("form.ot-form button[type=submit]")).assertAccessible();

		assertThat(browser.currentPath()).startsWith("/appeals/new");
		WebElement errors = browser.find(By.cssSelector(".ot-error-summary"));
		assertThat(errors.getAttribute("role")).isEqualTo("alert");
		assertThat(errors.findElement(By.tagName("h2")).getText().strip()).isEqualTo(text("form.errorSummary", locale));
		List<String> listed = errors.findElements(By.cssSelector("li a"))
			.stream()
			.map(a -> a.getText().strip())
			.toList();
		assertThat(listed).contains(text("NotBlank.text", locale), text("NotNull.addressee", locale),
				text("NotNull.category", locale), text("NotBlank.speciality", locale));
		// each message sits at its field, which points to it
		assertThat(browser.text(By.id("text-error"))).endsWith(text("NotBlank.text", locale));
		assertThat(browser.find(By.id("text")).getAttribute("aria-describedby")).isEqualTo("text-error");
		assertThat(browser.find(By.id("text")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.text(By.id("speciality-error"))).endsWith(text("NotBlank.speciality", locale));
		assertThat(browser.findAll(By.id("subject-error"))).as("the summary was given").isEmpty();
		// what was typed (and prefilled) is still there
		assertThat(browser.value(By.id("subject"))).isEqualTo(summary);
		assertThat(browser.value(By.id("fullName"))).isEqualTo(fullName).isNotBlank();
	}

	void fillEveryAppendix1Field(String subject) {
		browser.check(By.cssSelector("input[name=kind][value=APPLICATION]"));
		browser.check(By.cssSelector("input[name=addressee][value=DEAN]"));
		browser.select(By.id("schoolCode"), "GM1");
		browser.select(By.id("category"), "ASSESSMENT");
		browser.type(By.id("subject"), subject);
		browser.type(By.id("text"), "Емтихан бағасымен келіспеймін: жауап парағын қайта қарауды сұраймын.");
		browser.select(By.id("language"), "KK");
		browser.type(By.id("fullName"), "Нұрланова Айгерім Серікқызы");
		browser.select(By.id("levelOfStudy"), "BACHELOR");
		browser.type(By.id("speciality"), "Жалпы медицина");
		browser.type(By.id("yearOfStudy"), "2");
		browser.select(By.id("studyLanguage"), "KAZAKH");
		browser.select(By.id("funding"), "GRANT");
		browser.select(By.id("studyForm"), "FULL_TIME");
		browser.type(By.id("address"), "Алматы қ., Төле би к-сі, 94, 12-пәтер");
		browser.type(By.id("phone"), "+7 701 555 00 01");
		browser.type(By.id("email"), "student@university.example");
	}

	/** Pages through the journal (number order) until the number shows up. */
	void findOnJournalPages(String number) {
		for (int page = 0; page < 20; page++) {
			if (!browser.findAll(By.linkText(number)).isEmpty()) {
				return;
			}
			List<WebElement> next = browser.findAll(By.cssSelector("a[rel=next]"));
			assertThat(next).as("%s is in the journal", number).isNotEmpty();
			browser.click(By.cssSelector("a[rel=next]")).assertAccessible();
		}
		throw new AssertionError(number + " not found in 20 pages of the journal");
	}

	Appeal filedAppeal() {
		Matcher id = Pattern.compile("/appeals/([0-9a-f-]{36})/filed").matcher(browser.currentPath());
		assertThat(id.find()).isTrue();
		Optional<Appeal> appeal = this.appeals.find(UUID.fromString(id.group(1)));
		assertThat(appeal).isPresent();
		return appeal.get();
	}

	String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}

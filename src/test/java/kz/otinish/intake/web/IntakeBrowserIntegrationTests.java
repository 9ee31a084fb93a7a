package kz.otinish.intake.web;

import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.TestSteps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import kz.otinish.MutableClock;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Intake in a real browser, in Kazakh and Russian: a staff member files for a group
 * (Appendix 2), a legal representative files for a student (Appendix 1), the registrar
 * registers a written application at the desk, and the dean forwards an anonymous report
 * to a state body or returns an application without substance. Every page is checked with
 * axe-core. The student's own smoke test and the page-per-role tests live in
 * {@code kz.otinish.browser}.
 */
@Tag("browser")
@OtinishIntegrationTest
class IntakeBrowserIntegrationTests {

	static final Locale KAZAKH = Locale.forLanguageTag("kk");

	static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	@RegisterExtension
	static final Browser browser = new Browser();

	static Path scan;

	@Autowired
	MessageSource messages;

	@Autowired
	AppealManagement appeals;

	@Autowired
	MutableClock clock;

	@BeforeAll
	static void makeScan() throws IOException {
		scan = Files.createTempFile("otinish-scan-", ".pdf");
		Files.write(scan, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
	}

	@AfterAll
	static void removeScan() throws IOException {
		Files.deleteIfExists(scan);
	}

	@Test
	@DisplayName("INT-9, INT-7: a staff member files an Appendix 2 appeal for a group in Kazakh; the appeal lists the co-applicants")
	void staffFilesForAGroup() {
		browser.signIn("staff");
		browser.open("/appeals/new");
		assertThat(browser.language()).isEqualTo("kk");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("appeal.new.title", KAZAKH));
		// INT-9: Appendix 2 for staff: the position at work, none of the student's fields
		assertThat(browser.text(By.cssSelector(".ot-caption"))).isEqualTo(text("appeal.new.appendix2", KAZAKH));
		assertThat(browser.findAll(By.id("workplacePosition"))).hasSize(1);
		assertThat(browser.findAll(By.id("levelOfStudy"))).isEmpty();
		assertThat(browser.findAll(By.id("speciality"))).isEmpty();

		chooseRadio("addressee", "DEAN");
		select("category", "ASSESSMENT");
		type("subject", "Кафедра жүктемесін бөлу");
		type("text", "Кафедра оқытушыларының оқу жүктемесі біркелкі бөлінбеген, қайта қарауды сұраймыз.");
		type("workplacePosition", "Қалыпты физиология кафедрасының доценті");
		type("address", "Алматы қ., Абай даңғылы, 10");
		type("coApplicants", "Әбдірахманова Динара Серікқызы\n\nТөлеуов Ерлан Бақытұлы\n");
		browser.tick(By.id("consent"));
		click(By.cssSelector("form[action$='/appeals/new'] button[type=submit]")).assertAccessible();

		assertThat(browser.currentPath()).endsWith("/filed");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("appeal.filed.title", KAZAKH));
		String number = browser.text(By.id("registration-number"));
		assertThat(number).isNotBlank();

		click(By.linkText(text("appeal.filed.open", KAZAKH))).assertAccessible();
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Кафедра жүктемесін бөлу");
		assertThat(browser.text(By.cssSelector(".ot-status-bar"))).contains(number);
		assertThat(browser.findAll(By.cssSelector(".ot-summary dd ul li")).stream().map(WebElement::getText))
			.containsExactly("Әбдірахманова Динара Серікқызы", "Төлеуов Ерлан Бақытұлы");
		assertThat(browser.find(By.tagName("main")).getText()).contains(text("appeal.field.coApplicants", KAZAKH))
			.contains(text("appeal.applicantType.STAFF", KAZAKH))
			.contains("Қалыпты физиология кафедрасының доценті");
	}

	@Test
	@DisplayName("INT-8, INT-9: a representative files for a student in Russian; without reason and basis the page says so in Russian and keeps what was typed")
	void representativeFilesForAStudent() {
		browser.signIn("representative");
		browser.open("/appeals/new");
		click(By.linkText("Русский")).assertAccessible();
		assertThat(browser.language()).isEqualTo("ru");
		assertThat(browser.text(By.cssSelector("fieldset legend")))
			.isEqualTo(text("appeal.new.section.representative", RUSSIAN));

		chooseRadio("addressee", "DEAN");
		select("schoolCode", "GM1");
		select("category", "ASSESSMENT");
		type("subject", "Пересмотр оценки за экзамен");
		type("text", "Прошу пересмотреть оценку моего сына за экзамен по анатомии: он болел в день экзамена.");
		type("fullName", "Ахметов Тимур Русланович");
		// INT-9: the represented person is a student, so Appendix 1 applies
		chooseRadio("applicantType", "STUDENT");
		select("levelOfStudy", "BACHELOR");
		type("speciality", "Общая медицина");
		type("yearOfStudy", "1");
		select("studyLanguage", "RUSSIAN");
		select("funding", "PAID");
		select("studyForm", "FULL_TIME");
		type("address", "г. Алматы, ул. Жандосова, 5, кв. 12");
		type("phone", "+7 701 555 77 88");
		type("email", "akhmetov@example.kz");
		browser.tick(By.id("consent"));
		click(By.cssSelector("form[action$='/appeals/new'] button[type=submit]")).assertAccessible();

		// INT-8: the reason and the basis document are required, named in the page's
		// language
		WebElement summary = browser.find(By.cssSelector(".ot-error-summary"));
		assertThat(summary.findElement(By.tagName("h2")).getText().strip())
			.isEqualTo(text("form.errorSummary", RUSSIAN))
			.isEqualTo("Исправьте ошибки");
		assertThat(summary.findElements(By.tagName("a")).stream().map(a -> a.getAttribute("href")))
			.anySatisfy(href -> assertThat(href).endsWith("#representationReason"))
			.anySatisfy(href -> assertThat(href).endsWith("#basisDocument"))
			.hasSize(2);
		assertThat(browser.language()).isEqualTo("ru");
		assertThat(value("subject")).isEqualTo("Пересмотр оценки за экзамен");
		assertThat(value("fullName")).isEqualTo("Ахметов Тимур Русланович");
		assertThat(value("speciality")).isEqualTo("Общая медицина");
		assertThat(new Select(browser.find(By.id("funding"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("PAID");
		assertThat(browser.find(By.cssSelector("input[name=applicantType][value=STUDENT]")).isSelected()).isTrue();

		chooseRadio("representationReason", "MINOR");
		type("basisDocument", "Свидетельство о рождении № 0123456");
		browser.tick(By.id("consent"));
		click(By.cssSelector("form[action$='/appeals/new'] button[type=submit]")).assertAccessible();

		assertThat(browser.currentPath()).endsWith("/filed");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("appeal.filed.title", RUSSIAN));
		String number = browser.text(By.id("registration-number"));
		assertThat(number).isNotBlank();

		click(By.linkText(text("appeal.filed.open", RUSSIAN))).assertAccessible();
		assertThat(browser.text(By.cssSelector(".ot-status-bar"))).contains(number);
		assertThat(browser.find(By.tagName("main")).getText()).contains("Ахметов Тимур Русланович")
			.contains(text("appeal.applicantType.STUDENT", RUSSIAN))
			.contains(text("appeal.representationReason.MINOR", RUSSIAN))
			.contains("Свидетельство о рождении № 0123456");
	}

	@Test
	@DisplayName("INT-6, INT-5: the registrar registers a written application in Russian: found applicant, identity document, scan; the receipt masks the document number and nothing can be rejected")
	void registrarRegistersAWrittenApplication() {
		browser.signIn("registrar");
		browser.open("/desk");
		click(By.linkText("Русский")).assertAccessible();
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("appeal.desk.title", RUSSIAN));
		assertNoWayToReject();

		click(By.linkText(text("appeal.paper.title", RUSSIAN))).assertAccessible();
		assertThat(browser.currentPath()).startsWith("/desk/paper");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("appeal.paper.title", RUSSIAN));
		assertNoWayToReject();

		// find the applicant by part of the name and take over the account's details
		type("q", "нұрланова");
		click(By.cssSelector("main form[role=search] button[type=submit]")).assertAccessible();
		click(By.linkText("Нұрланова Айгерім Серікқызы")).assertAccessible();
		assertThat(value("fullName")).isEqualTo("Нұрланова Айгерім Серікқызы");
		assertThat(value("email")).isEqualTo("student@university.example");

		// INT-6: accepted in person on an identity document, at the time it was handed
		// over
		LocalDate yesterday = LocalDate.now(this.clock.withZone(ALMATY)).minusDays(1);
		setValue("receivedOn", yesterday.toString());
		setValue("receivedTime", "16:45");
		select("documentType", "ID_CARD");
		type("documentNumber", "041234567");
		chooseRadio("applicantType", "STUDENT");
		select("levelOfStudy", "BACHELOR");
		type("speciality", "Общая медицина");
		type("yearOfStudy", "2");
		select("studyLanguage", "KAZAKH");
		select("funding", "GRANT");
		select("studyForm", "FULL_TIME");
		type("address", "г. Алматы, ул. Толе би, 94");
		chooseRadio("addressee", "DEAN");
		select("schoolCode", "GM1");
		select("category", "ASSESSMENT");
		type("subject", "Перенос пересдачи");
		type("text", "Прошу перенести пересдачу по биохимии на следующую неделю.");
		browser.find(By.id("files")).sendKeys(scan.toAbsolutePath().toString());
		click(By.cssSelector("form[action$='/desk/paper'][method=post] button[type=submit]")).assertAccessible();

		assertThat(browser.currentPath()).endsWith("/receipt");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("appeal.receipt.title", RUSSIAN));
		assertThat(browser.text(By.id("registration-number"))).isNotBlank();
		String receipt = browser.find(By.tagName("main")).getText();
		assertThat(receipt).contains(text("appeal.documentType.ID_CARD", RUSSIAN) + " •••••4567")
			.contains("Нұрланова Айгерім Серікқызы")
			.contains("Перенос пересдачи")
			.doesNotContain("04123");
		assertThat(browser.driver().getPageSource()).doesNotContain("041234567").doesNotContain("04123");
		assertNoWayToReject();
	}

	@Test
	@DisplayName("INT-4, TERM-5: the dean forwards an anonymous report to a state body in Kazakh; the rector sees the alert in Russian")
	void deanForwardsAnAnonymousReport() {
		Appeal received = this.appeals.receive(AppealFixtures.anonymousLetter("GM1"));
		Appeal appeal = this.appeals.performAt(received.id(), new AppealCommand.Register(),
				TestSteps.registrar("Кеңсе"), Instant.now());
		String number = appeal.registration().orElseThrow().number();
		String outgoing = "ИШХ-" + System.nanoTime() % 1_000_000;

		browser.signIn("dean");
		browser.open("/appeals/" + appeal.id());
		assertThat(browser.language()).isEqualTo("kk");
		assertThat(browser.text(By.id("anonymous-title"))).isEqualTo(text("appeal.anonymous.title", KAZAKH));
		assertThat(browser.findAll(By.id("return-title"))).as("an anonymous appeal is not returned (DL-3)").isEmpty();

		type("stateBody", "Алматы қаласының Полиция департаменті");
		// yesterday: @PastOrPresent on the form's LocalDateTime judges by the JVM's zone,
		// not Asia/Almaty
		setValue("sentAt",
				java.time.LocalDateTime.now(this.clock.withZone(ALMATY)).withSecond(0).withNano(0).toString());
		type("outgoingNumber", outgoing);
		type("coveringLetter", "Қылмыс туралы хабарлама құзыреті бойынша жіберіледі.");
		click(By.cssSelector("form[action$='/forward'] button[type=submit]")).assertAccessible();

		assertThat(browser.currentPath()).isEqualTo("/appeals/" + appeal.id());
		assertThat(browser.text(By.cssSelector(".ot-status-bar .ot-tag")))
			.isEqualTo(text("appeal.status.FORWARDED_TO_STATE_BODY", KAZAKH));
		String forwarding = browser.text(By.cssSelector(".ot-notice"));
		assertThat(forwarding).contains(text("appeal.forward.done", KAZAKH))
			.contains("Алматы қаласының Полиция департаменті")
			.contains(outgoing)
			.contains("Қылмыс туралы хабарлама құзыреті бойынша жіберіледі.");
		assertThat(browser.findAll(By.cssSelector("form[action$='/forward']"))).as("decided once").isEmpty();

		// the alert goes out after the commit (event publication registry): wait for it
		browser.driver().manage().deleteAllCookies();
		browser.signIn("rector");
		browser.open("/notifications");
		click(By.linkText("Русский")).assertAccessible();
		By alert = By.cssSelector(".ot-results a[href$='/appeals/" + appeal.id() + "']");
		await().atMost(Duration.ofSeconds(15)).pollInSameThread().pollInterval(Duration.ofMillis(300)).until(() -> {
			if (!browser.findAll(alert).isEmpty()) {
				return true;
			}
			browser.driver().navigate().refresh();
			return false;
		});
		browser.assertAccessible();
		assertThat(browser.language()).isEqualTo("ru");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("notification.title", RUSSIAN));
		assertThat(browser.text(alert)).isEqualTo(
				text("notification.forwarded", RUSSIAN, number, "Алматы қаласының Полиция департаменті", outgoing));
	}

	@Test
	@DisplayName("DL-3, TERM-6: the dean marks a student's application as repeated, then returns it without consideration with an explanation, in Russian")
	void deanReturnsAnApplicationWithoutSubstance() {
		Appeal earlier = this.appeals.fileOnline(AppealFixtures.studentApplication(null, "GM1"), List.of());
		// filed one second after the earlier one
		this.clock.advance(Duration.ofSeconds(1));
		Appeal appeal = this.appeals.fileOnline(AppealFixtures.studentApplication(null, "GM1"), List.of());

		browser.signIn("dean");
		browser.open("/appeals/" + appeal.id());
		click(By.linkText("Русский")).assertAccessible();
		assertThat(browser.text(By.id("return-title"))).isEqualTo(text("appeal.return.title", RUSSIAN));
		assertThat(browser.findAll(By.id("anonymous-title"))).isEmpty();

		// TERM-6: the earlier application of the same person on the same matter is
		// offered
		assertThat(browser.text(By.id("repeated-title"))).isEqualTo(text("appeal.repeated.title", RUSSIAN));
		// the decisions at intake are folded under their titles, below the appeal's text
		assertThat(browser.find(By.cssSelector("details#repeated")).getAttribute("open")).isNull();
		inView(browser.find(By.cssSelector("details#repeated > summary"))).click();
		inView(browser.find(By.cssSelector("input[name=earlierId][value='" + earlier.id() + "']"))).click();
		chooseRadio("ground", "OTHER_SHORTCOMINGS");
		click(By.cssSelector("form[action$='/repeated'] button[type=submit]")).assertAccessible();
		assertThat(browser.find(By.tagName("main")).getText())
			.contains(text("appeal.repeated.is.OTHER_SHORTCOMINGS", RUSSIAN));

		// DL-3: returned without consideration, with the dean's explanation
		String explanation = "Суть обращения не изложена: укажите, какую оценку и по какой дисциплине следует пересмотреть.";
		inView(browser.find(By.cssSelector("details#return > summary"))).click();
		type("explanation", explanation);
		click(By.cssSelector("form[action$='/return'] button[type=submit]")).assertAccessible();

		assertThat(browser.currentPath()).isEqualTo("/appeals/" + appeal.id());
		assertThat(browser.language()).isEqualTo("ru");
		assertThat(browser.text(By.cssSelector(".ot-status-bar .ot-tag")))
			.isEqualTo(text("appeal.status.RETURNED_WITHOUT_CONSIDERATION", RUSSIAN))
			.isEqualTo("Возвращено без рассмотрения");
		assertThat(browser.find(By.tagName("main")).getText())
			.contains(text("appeal.show.finalNote", RUSSIAN, explanation));
		assertThat(browser.findAll(By.cssSelector("form[action$='/return']"))).as("decided once").isEmpty();
	}

	@Test
	@DisplayName("INT-7, INT-9: in Russian a staff member finds a co-applicant of their own school in the directory while typing (htmx), adds them next to a typed-in name and files for the group")
	void staffPicksCoApplicantsFromTheDirectory() {
		browser.signIn("staff");
		browser.open("/appeals/new?lang=ru");
		assertThat(browser.language()).isEqualTo("ru");
		chooseRadio("addressee", "DEAN");
		select("category", "EDUCATIONAL_PROCESS");
		type("subject", "Групповое предложение по расписанию");
		type("text", "Предлагаем перенести практические занятия на утро.");
		type("workplacePosition", "Доцент кафедры нормальной физиологии");
		type("address", "г. Алматы, пр. Абая, 10");
		type("coApplicants", "Төлеуов Ерлан Бақытұлы");
		inView(browser.find(By.id("coSearch"))).sendKeys("Нұрланова Айгерім");
		await().atMost(Duration.ofSeconds(10))
			.pollInSameThread()
			.until(() -> !browser.findAll(By.cssSelector("#co-results li")).isEmpty());
		assertThat(browser.text(By.cssSelector("#co-results li"))).contains("Нұрланова Айгерім Серікқызы");
		browser.assertAccessible();
		inView(browser.find(By.cssSelector("#co-results li button"))).click();
		String group = await().atMost(Duration.ofSeconds(10))
			.pollInSameThread()
			.ignoreException(org.openqa.selenium.StaleElementReferenceException.class)
			// htmx may be replacing the list field right now
			.until(() -> value("coApplicants"), value -> value.contains("Нұрланова"));
		assertThat(group).isEqualTo("Төлеуов Ерлан Бақытұлы\nНұрланова Айгерім Серікқызы");
		assertThat(value("subject")).isEqualTo("Групповое предложение по расписанию");
		browser.tick(By.id("consent"));
		click(By.cssSelector("form[action$='/appeals/new'] button[type=submit]")).assertAccessible();

		assertThat(browser.currentPath()).endsWith("/filed");
		click(By.linkText(text("appeal.filed.open", RUSSIAN))).assertAccessible();
		assertThat(browser.findAll(By.cssSelector(".ot-summary dd ul li")).stream().map(WebElement::getText))
			.containsExactly("Төлеуов Ерлан Бақытұлы", "Нұрланова Айгерім Серікқызы");
	}

	@Test
	@DisplayName("INT-6, INT-5: in Kazakh the registrar registers a written application handed in person; the receipt masks the document number and nothing can be rejected")
	void registrarRegistersInKazakh() {
		browser.signIn("registrar");
		browser.open("/desk/paper?lang=kk");
		assertThat(browser.language()).isEqualTo("kk");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("appeal.paper.title", KAZAKH));
		assertNoWayToReject();
		select("documentType", "PASSPORT");
		type("documentNumber", "N98765432");
		chooseRadio("applicantType", "STAFF");
		type("fullName", "Бекова Алма Нұрланқызы");
		type("workplacePosition", "Аға оқытушы");
		type("address", "Алматы қ., Төле би к-сі, 94");
		type("phone", "+7 701 222 33 44");
		type("email", "alma.bekova@example.kz");
		chooseRadio("addressee", "RECTOR");
		select("schoolCode", "GM1");
		select("category", "OTHER");
		type("subject", "Еңбек демалысын ауыстыру");
		type("text", "Еңбек демалысымды тамыз айына ауыстыруды сұраймын.");
		click(By.cssSelector("form[action$='/desk/paper'][method=post] button[type=submit]")).assertAccessible();

		assertThat(browser.currentPath()).endsWith("/receipt");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("appeal.receipt.title", KAZAKH));
		assertThat(browser.find(By.tagName("main")).getText())
			.contains(text("appeal.documentType.PASSPORT", KAZAKH) + " •••••5432")
			.contains("Бекова Алма Нұрланқызы");
		assertThat(browser.driver().getPageSource()).doesNotContain("N98765432");
		assertNoWayToReject();
	}

	@Test
	@DisplayName("INT-8, INT-9: in Kazakh a representative files for a member of staff (Appendix 2) with the INT-8 reason and basis document")
	void representativeFilesInKazakh() {
		browser.signIn("representative");
		browser.open("/appeals/new?lang=kk");
		assertThat(browser.language()).isEqualTo("kk");
		assertThat(browser.text(By.cssSelector("fieldset legend")))
			.isEqualTo(text("appeal.new.section.representative", KAZAKH));
		chooseRadio("representationReason", "MINOR");
		type("basisDocument", "Туу туралы куәлік № 7654321");
		chooseRadio("addressee", "DEAN");
		select("schoolCode", "GM1");
		select("category", "OTHER");
		type("subject", "Еңбек шартын ұзарту");
		type("text", "Қызметкердің еңбек шартын ұзарту мәселесін қарауды сұраймын.");
		type("fullName", "Ахметова Дана Серікқызы");
		chooseRadio("applicantType", "STAFF");
		type("workplacePosition", "Зертхана меңгерушісі");
		type("address", "Алматы қ., Жандосов к-сі, 5");
		type("phone", "+7 701 555 66 77");
		type("email", "dana.akhmetova@example.kz");
		browser.tick(By.id("consent"));
		click(By.cssSelector("form[action$='/appeals/new'] button[type=submit]")).assertAccessible();

		assertThat(browser.currentPath()).endsWith("/filed");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("appeal.filed.title", KAZAKH));
		click(By.linkText(text("appeal.filed.open", KAZAKH))).assertAccessible();
		assertThat(browser.find(By.tagName("main")).getText()).contains("Ахметова Дана Серікқызы")
			.contains(text("appeal.applicantType.STAFF", KAZAKH))
			.contains(text("appeal.representationReason.MINOR", KAZAKH))
			.contains("Туу туралы куәлік № 7654321");
	}

	// ---- helpers ----

	/**
	 * The desk never offers to refuse an application (INT-5): no such form, button or
	 * link.
	 */
	static void assertNoWayToReject() {
		for (WebElement form : browser.findAll(By.tagName("form"))) {
			assertThat(form.getAttribute("action")).doesNotContainIgnoringCase("reject")
				.doesNotContainIgnoringCase("refuse")
				.doesNotContainIgnoringCase("decline");
		}
		for (WebElement link : browser.findAll(By.tagName("a"))) {
			assertThat(String.valueOf(link.getAttribute("href"))).doesNotContainIgnoringCase("reject")
				.doesNotContainIgnoringCase("refuse");
		}
		String page = browser.find(By.tagName("main")).getText().toLowerCase(Locale.ROOT);
		assertThat(page).doesNotContain("отклонить").doesNotContain("отказать в приёме").doesNotContain("қабылдамау");
	}

	/**
	 * Scrolls the element to the middle of the window at once (Bootstrap makes scrolling
	 * smooth, and a click during the animation lands on something else) and clicks what
	 * loads the next page.
	 */
	static Browser click(By what) {
		inView(browser.find(what));
		return browser.click(what);
	}

	static WebElement inView(WebElement element) {
		browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		return element;
	}

	static void type(String id, String value) {
		WebElement field = browser.find(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	static String value(String id) {
		return browser.find(By.id(id)).getAttribute("value");
	}

	/**
	 * Date and time inputs take their value in ISO form whatever the browser's locale
	 * shows.
	 */
	static void setValue(String id, String value) {
		browser.script("arguments[0].value = arguments[1]", browser.find(By.id(id)), value);
		assertThat(value(id)).isEqualTo(value);
	}

	static void select(String id, String value) {
		new Select(browser.find(By.id(id))).selectByValue(value);
	}

	static void chooseRadio(String name, String value) {
		WebElement radio = browser
			.find(By.cssSelector("input[type=radio][name='" + name + "'][value='" + value + "']"));
		inView(radio).click();
		assertThat(radio.isSelected()).isTrue();
	}

	String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}

package kz.otinish.review.web;

import java.time.LocalDate;
import java.util.Locale;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.Category;
import kz.otinish.browser.Browser;
import kz.otinish.identity.Accounts;
import kz.otinish.review.ReviewFixtures;
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
 * Consideration in a real browser: the dean routes and checks an appeal in Kazakh, the
 * secretary holds the body's meeting and records the decision; the extended commission
 * refuses to form without its lawyer, in Russian. Every page is checked with axe-core.
 */
@Tag("browser")
@OtinishIntegrationTest
class ReviewBrowserIntegrationTests {

	static final Locale KAZAKH = Locale.forLanguageTag("kk");

	static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	MessageSource messages;

	@Autowired
	AppealManagement appeals;

	@Autowired
	Accounts accounts;

	@Autowired
	Reviews reviews;

	@Test
	@DisplayName("REV-1, REV-3, REV-12, REV-8: triage → meeting of the EPC → protocol decision, in Kazakh")
	void triageMeetingDecision() {
		ReviewFixtures fixtures = new ReviewFixtures(this.appeals, this.accounts, this.reviews);
		Appeal appeal = fixtures.studentAppeal(Category.ASSESSMENT);

		browser.signIn("dean");
		browser.open("/appeals/" + appeal.id());
		click(By.id("review-link")).assertAccessible();
		assertThat(browser.language()).isEqualTo("kk");
		assertThat(browser.text(By.id("route-title"))).isEqualTo(text("review.route.title", KAZAKH));
		assertThat(browser.value(By.id("bodyCode"))).as("suggested from the category (REV-3)").isEqualTo("GM1-EPC");
		browser.select(By.id("executorAccount"), "member");
		click(By.cssSelector("form[action$='/review/route'] button[type=submit]")).assertAccessible();
		assertThat(browser.text(By.cssSelector(".ot-status-bar .ot-tag")))
			.isEqualTo(text("appeal.status.IN_REVIEW", KAZAKH));

		// REV-12: the applicant's argument and its finding
		browser.type(By.id("argument"), "Емтихан бағасы критерийлерге сай қойылмаған");
		click(By.cssSelector("form[action$='/review/arguments'] button[type=submit]")).assertAccessible();
		WebElement confirmed = browser.find(By.cssSelector("input[type=radio][name=finding][value=CONFIRMED]"));
		inView(confirmed).click();
		browser.type(By.cssSelector("textarea[name=grounds]"), "Жұмыс қайта тексерілді: 12 балл қосылмаған");
		click(By.cssSelector("form[action$='/finding'] button[type=submit]")).assertAccessible();
		assertThat(browser.find(By.tagName("main")).getText()).contains(text("review.finding.CONFIRMED", KAZAKH));

		// the body's secretary holds the meeting
		browser.driver().manage().deleteAllCookies();
		browser.signIn("secretary");
		browser.open("/meetings");
		click(By.cssSelector("a[href*='/meetings/new'][href*='GM1-EPC']")).assertAccessible();
		setValue("date", LocalDate.now().toString());
		inView(browser.find(By.cssSelector("input[name=agenda][value='" + appeal.id() + "']"))).click();
		click(By.cssSelector("form[action*='/meetings'] button[type=submit]")).assertAccessible();
		assertThat(browser.text(By.tagName("h1"))).startsWith("Хаттама №");
		click(By.cssSelector("form[action$='/attendance'] button[type=submit]")).assertAccessible();
		browser.type(By.id("minutes"), "Күн тәртібі: бағаны қайта қарау туралы өтініш. Шешім қабылданды.");
		click(By.cssSelector("form[action$='/minutes'] button[type=submit]")).assertAccessible();
		click(By.cssSelector("a[href$='/items/" + appeal.id() + "']")).assertAccessible();
		assertThat(browser.find(By.cssSelector(".ot-status-bar")).getText())
			.contains(appeal.registration().orElseThrow().number());
		inView(browser.find(By.cssSelector("input[type=radio][name=outcome][value=SATISFIED]"))).click();
		browser.type(By.id("reasons"), "Баға 12 балға көтеріледі.");
		browser.type(By.id("actions0.text"), "Бағаны ведомостқа түзету");
		browser.type(By.id("actions0.addressee"), "Ибраев А.Т.");
		browser.type(By.id("actions0.responsible"), "Деканның оқу ісі жөніндегі орынбасары");
		setValue("actions0.dueOn", LocalDate.now().plusDays(5).toString());
		click(By.cssSelector("form[action*='/items/'] button[type=submit]")).assertAccessible();
		assertThat(browser.text(By.cssSelector(".ot-notice"))).isEqualTo(text("review.decision.recorded", KAZAKH));
		assertThat(this.appeals.find(appeal.id()).orElseThrow().status()).isEqualTo(AppealStatus.DECIDED);
		assertThat(this.reviews.decisionOf(appeal.id())).get()
			.satisfies(decision -> assertThat(decision.measures()).hasSize(1));
	}

	@Test
	@DisplayName("REV-6: the extended commission refuses to form without the lawyer, names what is missing and keeps what was typed, in Russian")
	void commissionRefusesWithoutALawyer() {
		ReviewFixtures fixtures = new ReviewFixtures(this.appeals, this.accounts, this.reviews);
		Appeal appeal = fixtures.studentAppeal(Category.TEACHING_QUALITY);
		this.reviews.route(appeal.id(), "GM1-QAC", "member", fixtures.dean());

		browser.signIn("dean");
		browser.open("/appeals/" + appeal.id() + "/review");
		click(By.linkText("Русский")).assertAccessible();
		assertThat(browser.text(By.id("commission-title"))).isEqualTo(text("review.commission.form", RUSSIAN));
		browser.type(By.id("orderNumber"), "15-к");
		browser.find(By.id("legal")).clear();
		click(By.cssSelector("form[action$='/review/commission'] button[type=submit]")).assertAccessible();
		assertThat(browser.text(By.cssSelector(".ot-error-summary")))
			.contains(text("review.commission.missing", RUSSIAN, text("review.memberKind.LEGAL", RUSSIAN)));
		assertThat(browser.value(By.id("orderNumber"))).isEqualTo("15-к");
		assertThat(browser.value(By.id("legal"))).isEmpty();
		assertThat(this.reviews.commissionOf(appeal.id())).isEmpty();

		// with the lawyer it forms, chaired by the dean
		browser.type(By.id("legal"), "Бейсенов Бауыржан Дарханұлы");
		click(By.cssSelector("form[action$='/review/commission'] button[type=submit]")).assertAccessible();
		assertThat(browser.find(By.tagName("main")).getText()).contains(text("review.commission.title", RUSSIAN))
			.contains("Бейсенов Бауыржан Дарханұлы");
		assertThat(this.reviews.commissionOf(appeal.id())).isPresent();
	}

	static Browser click(By what) {
		inView(browser.find(what));
		return browser.click(what);
	}

	static WebElement inView(WebElement element) {
		browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		return element;
	}

	static void setValue(String id, String value) {
		browser.script("arguments[0].value = arguments[1]", browser.find(By.id(id)), value);
	}

	String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}

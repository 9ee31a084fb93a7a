package kz.otinish.paths;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.browser.Browser;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
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
 * The whole consideration chain in a real browser, each step by its own role and every
 * page checked with axe: the dean triages and routes (kk), the secretary holds the EPC's
 * meeting and records the decision, the executor drafts, the dean approves, the dean's
 * office records the delivery, the student disagrees (ru), and the vice-rector finds the
 * complaint in the triage queue.
 */
@Tag("browser")
@OtinishIntegrationTest
class ConsiderationChainBrowserIntegrationTests {

	static final Locale KAZAKH = Locale.forLanguageTag("kk");

	static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	MessageSource messages;

	@Autowired
	AppealManagement appeals;

	@Autowired
	kz.otinish.appeal.AppealLists lists;

	@Autowired
	Accounts accounts;

	@Autowired
	Reviews reviews;

	@Test
	@DisplayName("REV-1, REV-3, REV-12, REV-8, RES-1, DL-4: triage → EPC meeting → decision → draft → approval → delivery → the student disagrees → the complaint in the vice-rector's queue (kk, ru)")
	void triageToComplaint() {
		new ReviewFixtures(this.appeals, this.accounts, this.reviews);
		CurrentUser student = this.accounts.ensureAccount("student", "demo", "Әлия Нұрланқызы Сейітова", Role.STUDENT,
				"GM1", "aliya@example.kz", null);
		this.accounts.ensureAccount("deansoffice", "demo", "Тұрсынова Әсел Болатқызы", Role.DEANS_OFFICE, "GM1", null,
				null);
		Appeal appeal = this.appeals.fileOnline(AppealFixtures.studentApplication(student.id(), "GM1"), List.of());
		String number = appeal.registration().orElseThrow().number();

		// the dean triages: the queue, the appeal, routing to the suggested body (kk)
		browser.signIn("dean");
		browser.open("/triage");
		assertThat(browser.find(By.tagName("main")).getText()).contains(number);
		browser.open("/appeals/" + appeal.id());
		click(By.id("review-link")).assertAccessible();
		assertThat(browser.language()).isEqualTo("kk");
		assertThat(browser.value(By.id("bodyCode"))).isEqualTo("GM1-EPC");
		browser.select(By.id("executorAccount"), "member");
		click(By.cssSelector("form[action$='/review/route'] button[type=submit]")).assertAccessible();
		browser.type(By.id("argument"), "Емтихан бағасы критерийлерге сай қойылмаған");
		click(By.cssSelector("form[action$='/review/arguments'] button[type=submit]")).assertAccessible();
		inView(browser.find(By.cssSelector("input[type=radio][name=finding][value=CONFIRMED]"))).click();
		browser.type(By.cssSelector("textarea[name=grounds]"), "Жұмыс қайта тексерілді: 12 балл қосылмаған");
		click(By.cssSelector("form[action$='/finding'] button[type=submit]")).assertAccessible();
		browser.signOut();

		// the EPC's secretary holds the meeting and records the decision
		browser.signIn("secretary");
		browser.open("/meetings");
		click(By.cssSelector("a[href*='/meetings/new'][href*='GM1-EPC']")).assertAccessible();
		setValue("date", LocalDate.now().toString());
		inView(browser.find(By.cssSelector("input[name=agenda][value='" + appeal.id() + "']"))).click();
		click(By.cssSelector("form[action*='/meetings'] button[type=submit]")).assertAccessible();
		click(By.cssSelector("form[action$='/attendance'] button[type=submit]")).assertAccessible();
		click(By.cssSelector("a[href$='/items/" + appeal.id() + "']")).assertAccessible();
		inView(browser.find(By.cssSelector("input[type=radio][name=outcome][value=PARTLY_SATISFIED]"))).click();
		browser.type(By.id("reasons"), "Баға 12 балға көтеріледі.");
		browser.type(By.id("actions0.text"), "Бағаны ведомостқа түзету");
		browser.type(By.id("actions0.addressee"), "Ибраев А.Т.");
		browser.type(By.id("actions0.responsible"), "Деканның оқу ісі жөніндегі орынбасары");
		setValue("actions0.dueOn", LocalDate.now().plusDays(5).toString());
		click(By.cssSelector("form[action*='/items/'] button[type=submit]")).assertAccessible();
		assertThat(this.appeals.find(appeal.id()).orElseThrow().status()).isEqualTo(AppealStatus.DECIDED);
		browser.signOut();

		// the executor writes the draft from the prefilled text
		browser.signIn("member");
		browser.open("/appeals/" + appeal.id() + "/answer");
		assertThat(browser.value(By.id("text"))).contains(number);
		click(By.cssSelector("form[action$='/answer/draft'] button[type=submit]")).assertAccessible();
		browser.signOut();

		// the dean approves it
		browser.signIn("dean");
		browser.open("/appeals/" + appeal.id() + "/answer");
		click(By.cssSelector("form[action$='/answer/approve'] button[type=submit]")).assertAccessible();
		browser.signOut();

		// the dean's office records the delivery against signature (RES-1)
		browser.signIn("deansoffice");
		browser.open("/appeals/" + appeal.id() + "/answer");
		inView(browser.find(By.cssSelector("input[name=method][value=IN_PERSON]"))).click();
		browser.type(By.id("handedOverBy"), "Тұрсынова Әсел Болатқызы");
		browser.type(By.id("signedBy"), "Сейітова Әлия Нұрланқызы");
		click(By.cssSelector("form[action$='/answer/delivery'] button[type=submit]")).assertAccessible();
		assertThat(this.appeals.find(appeal.id()).orElseThrow().status()).isEqualTo(AppealStatus.ANSWERED);
		browser.signOut();

		// the student disagrees, in Russian (DL-4)
		browser.signIn("student");
		browser.open("/appeals/" + appeal.id());
		click(By.linkText("Русский")).assertAccessible();
		click(By.linkText(text("answer.link.verdict", RUSSIAN))).assertAccessible();
		browser.type(By.id("text"), "Не согласна с решением: оценка выставлена неверно.");
		click(By.cssSelector("form[action$='/verdict/complaint'] button[type=submit]")).assertAccessible();
		Appeal complaint = this.appeals.find(this.appealsOf(appeal)).orElseThrow();
		assertThat(complaint.kind()).isEqualTo(AppealKind.COMPLAINT);
		String complaintNumber = complaint.registration().orElseThrow().number();
		browser.signOut();

		// the vice-rector finds it in her queue and opens it
		browser.signIn("vicerector");
		browser.open("/triage");
		assertThat(browser.find(By.tagName("main")).getText()).contains(complaintNumber);
		browser.open("/appeals/" + complaint.id());
		assertThat(browser.find(By.cssSelector(".ot-status-bar")).getText()).contains(complaintNumber);
		click(By.id("review-link")).assertAccessible();
		assertThat(browser.find(By.id("route-title")).isDisplayed()).isTrue();
	}

	/** The complaint the student's disagreement opened. */
	private java.util.UUID appealsOf(Appeal original) {
		return this.lists.openAppeals()
			.stream()
			.filter(candidate -> original.id().equals(candidate.earlierAppealId()))
			.map(Appeal::id)
			.findFirst()
			.orElseThrow();
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

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole consideration chain in a real browser, in Kazakh and in Russian, each step
 * taken by its own role from their "waiting for me" list (or, for the student, their
 * appeals) without typing an address, every page checked with axe: the dean triages and
 * routes, the secretary puts the appeal on the EPC's agenda and records the decision, the
 * executor drafts, the dean approves, the dean's office records the delivery, the student
 * disagrees, and the vice-rector finds the complaint in her list.
 */
@Tag("browser")
@OtinishIntegrationTest
class ConsiderationChainBrowserIntegrationTests {

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

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "kk", "ru" })
	@DisplayName("REV-1, REV-3, REV-12, REV-8, RES-1, DL-4: each person takes the appeal from their 'waiting for me' list, "
			+ "without typing an address: triage → EPC meeting → decision → draft → approval → delivery → the student "
			+ "disagrees → the complaint in the vice-rector's list")
	void eachRoleTakesTheNextStepFromTheirList(String language) {
		new ReviewFixtures(this.appeals, this.accounts, this.reviews);
		CurrentUser student = this.accounts.ensureAccount("student", "demo", "Әлия Нұрланқызы Сейітова", Role.STUDENT,
				"GM1", "aliya@example.kz", null);
		this.accounts.ensureAccount("deansoffice", "demo", "Тұрсынова Әсел Болатқызы", Role.DEANS_OFFICE, "GM1", null,
				null);
		Appeal appeal = this.appeals.fileOnline(AppealFixtures.studentApplication(student.id(), "GM1"), List.of());
		String number = appeal.registration().orElseThrow().number();
		Locale locale = Locale.forLanguageTag(language);
		browser.open("/sign-in");
		if (!"kk".equals(language)) {
			click(By.cssSelector("a[hreflang='" + language + "']")).assertAccessible();
		}

		// the dean triages: from the triage list to the appeal, routing
		// to the suggested body
		signIn("dean", language);
		browser.walkShot(language + "-01-dean-work");
		take("triage", number);
		browser.walkShot(language + "-02-dean-appeal");
		click(By.id("review-link")).assertAccessible();
		browser.walkShot(language + "-03-dean-review");
		assertThat(browser.value(By.id("bodyCode"))).isEqualTo("GM1-EPC");
		browser.select(By.id("executorAccount"), "member");
		click(By.cssSelector("form[action$='/review/route'] button[type=submit]")).assertAccessible();
		browser.type(By.id("argument"), "Емтихан бағасы критерийлерге сай қойылмаған");
		click(By.cssSelector("form[action$='/review/arguments'] button[type=submit]")).assertAccessible();
		inView(browser.find(By.cssSelector("input[type=radio][name=finding][value=CONFIRMED]"))).click();
		browser.type(By.cssSelector("textarea[name=grounds]"), "Жұмыс қайта тексерілді: 12 балл қосылмаған");
		click(By.cssSelector("form[action$='/finding'] button[type=submit]")).assertAccessible();
		browser.signOut();

		// the EPC's secretary: the appeal waits to be put on a meeting's agenda, then for
		// the body's decision
		signIn("secretary", language);
		take("toSchedule", number);
		browser.walkShot(language + "-04-secretary-new-meeting");
		setValue("date", LocalDate.now().toString());
		assertThat(browser.find(By.cssSelector("input[name=agenda][value='" + appeal.id() + "']")).isSelected())
			.as("the appeal the secretary came for is on the agenda")
			.isTrue();
		click(By.cssSelector("form[action*='/meetings'] button[type=submit]")).assertAccessible();
		click(By.cssSelector("form[action$='/attendance'] button[type=submit]")).assertAccessible();
		// on a phone the agenda reflows: "decide" is on the screen,
		// not beyond a sideways scroll
		browser.assertUsableOnPhone();
		WebElement decide = browser.find(By.cssSelector("a[href$='/items/" + appeal.id() + "']"));
		assertThat(((Number) browser.script("return arguments[0].getBoundingClientRect().right", decide)).intValue())
			.as("the 'decide' link at 375 px")
			.isLessThanOrEqualTo(Browser.PHONE_WIDTH);
		browser.desktopWidth();
		click(By.cssSelector("header a[href$='/work']")).assertAccessible();
		take("decisionsToRecord", number);
		browser.walkShot(language + "-05-secretary-decision");
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
		signIn("member", language);
		take("draftsToWrite", number);
		browser.walkShot(language + "-06-executor-draft");
		assertThat(browser.value(By.id("text"))).contains(number);
		click(By.cssSelector("form[action$='/answer/draft'] button[type=submit]")).assertAccessible();
		browser.signOut();

		// the dean approves it
		signIn("dean", language);
		take("draftsToApprove", number);
		browser.walkShot(language + "-07-dean-approve");
		click(By.cssSelector("form[action$='/answer/approve'] button[type=submit]")).assertAccessible();
		browser.signOut();

		// the dean's office records the delivery against signature (RES-1)
		signIn("deansoffice", language);
		take("toDeliver", number);
		browser.walkShot(language + "-08-office-deliver");
		inView(browser.find(By.cssSelector("input[name=method][value=IN_PERSON]"))).click();
		browser.type(By.id("handedOverBy"), "Тұрсынова Әсел Болатқызы");
		browser.type(By.id("signedBy"), "Сейітова Әлия Нұрланқызы");
		click(By.cssSelector("form[action$='/answer/delivery'] button[type=submit]")).assertAccessible();
		assertThat(this.appeals.find(appeal.id()).orElseThrow().status()).isEqualTo(AppealStatus.ANSWERED);
		browser.signOut();

		// the student finds the answer in their appeals and disagrees (DL-4)
		signIn("student", language);
		assertThat(browser.currentPath()).isEqualTo("/appeals/mine");
		click(By.xpath("//main//a[normalize-space()='" + number + "']")).assertAccessible();
		click(By.linkText(text("answer.link.verdict", locale))).assertAccessible();
		browser.walkShot(language + "-09-student-verdict");
		browser.type(By.id("text"), "Не согласна с решением: оценка выставлена неверно.");
		click(By.cssSelector("form[action$='/verdict/complaint'] button[type=submit]")).assertAccessible();
		Appeal complaint = this.appeals.find(this.appealsOf(appeal)).orElseThrow();
		assertThat(complaint.kind()).isEqualTo(AppealKind.COMPLAINT);
		String complaintNumber = complaint.registration().orElseThrow().number();
		browser.signOut();

		// the vice-rector finds the complaint in her list and opens it
		signIn("vicerector", language);
		take("complaints", complaintNumber);
		browser.walkShot(language + "-10-vicerector-complaint");
		assertThat(browser.find(By.cssSelector(".ot-status-bar")).getText()).contains(complaintNumber);
		click(By.id("review-link")).assertAccessible();
		assertThat(browser.find(By.id("route-title")).isDisplayed()).isTrue();
	}

	/** Signs in and checks the person's start page is in the language chosen. */
	static void signIn(String username, String language) {
		browser.signIn(username);
		assertThat(browser.language()).as("%s's start page", username).isEqualTo(language);
	}

	/**
	 * On "waiting for me", opens the item of this queue with this number: among the first
	 * items of the queue's section, else through the whole queue's pages, as its reader
	 * would.
	 */
	static void take(String queue, String number) {
		assertThat(browser.currentPath()).as("staff start from what waits for them").isEqualTo("/work");
		By here = By.xpath("//section[@aria-labelledby='queue-" + queue + "']//a[normalize-space()='" + number + "']");
		if (browser.findAll(here).isEmpty()) {
			click(By.cssSelector("section[aria-labelledby='queue-" + queue + "'] a[href*='/work/" + queue + "']"))
				.assertAccessible();
			here = By.xpath("//main//table//a[normalize-space()='" + number + "']");
			while (browser.findAll(here).isEmpty()) {
				List<WebElement> next = browser.findAll(By.cssSelector("main nav a[href*='page=']"))
					.stream()
					.filter(link -> link.getAttribute("href").endsWith(nextPage()))
					.toList();
				assertThat(next).as("%s is in the list '%s'", number, queue).isNotEmpty();
				inView(next.get(0)).click();
				browser.assertAccessible();
			}
		}
		click(here).assertAccessible();
	}

	/** The address of the next page of the queue page shown. */
	static String nextPage() {
		String current = browser.driver().getCurrentUrl();
		int page = current.contains("page=") ? Integer.parseInt(current.replaceAll(".*page=(\\d+).*", "$1")) : 0;
		return "page=" + (page + 1);
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

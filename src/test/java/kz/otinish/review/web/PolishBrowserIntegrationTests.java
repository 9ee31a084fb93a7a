package kz.otinish.review.web;

import java.time.LocalDate;
import java.util.List;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Category;
import kz.otinish.browser.Browser;
import kz.otinish.identity.Accounts;
import kz.otinish.review.ActionKind;
import kz.otinish.review.MeetingView;
import kz.otinish.review.NewAction;
import kz.otinish.review.NewDecision;
import kz.otinish.appeal.Outcome;
import kz.otinish.review.ReviewFixtures;
import kz.otinish.review.Reviews;
import kz.otinish.shared.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The polish round's pages in a real browser with axe: the open measures list with its
 * per-row error, "my settings", and cancelling a meeting.
 */
@Tag("browser")
@OtinishIntegrationTest
class PolishBrowserIntegrationTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	AppealManagement appeals;

	@Autowired
	Accounts accounts;

	@Autowired
	Reviews reviews;

	@AfterEach
	void kazakhAgain() {
		this.accounts.prefer("dean", Language.KK);
		this.accounts.prefer("secretary", Language.KK);
	}

	@Test
	@DisplayName("REV-8, REV-10: the dean sees an overdue measure, is told in the row to write a note, marks it done; then chooses Russian on my settings (axe, phone width)")
	void measuresAndSettings() {
		ReviewFixtures fixtures = new ReviewFixtures(this.appeals, this.accounts, this.reviews);
		Appeal appeal = fixtures.routedAndChecked(fixtures.studentAppeal(Category.ASSESSMENT), "GM1-EPC");
		MeetingView meeting = fixtures.meetingWith("GM1-EPC", appeal.id(), fixtures.secretary());
		String text = "Ведомосты түзету " + appeal.id().toString().substring(0, 6);
		var decision = this.reviews.decide(meeting.id(), appeal.id(), new NewDecision(Outcome.PARTLY_SATISFIED,
				"Баға қайта қаралады.", List.of(new NewAction(ActionKind.MEASURE, "Кафедра", text,
						"Кафедра меңгерушісі", LocalDate.now().plusDays(2), false)),
				false, null, null), fixtures.secretary());
		String id = decision.measures().get(0).id().toString();

		browser.signIn("dean").open("/actions?lang=kk");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Орындалуы тиіс шаралар мен ұсынымдар");
		assertThat(browser.text(By.tagName("main"))).contains(text);
		browser.assertUsableOnPhone();
		browser.click(By.cssSelector("form[action$='/actions/" + id + "/done'] button[type=submit]"))
			.assertAccessible();
		assertThat(browser.text(By.cssSelector(".ot-error-summary"))).contains("Орындалуы туралы");
		browser.type(By.id("done-" + id), "Ведомость түзетілді");
		browser.click(By.cssSelector("form[action$='/actions/" + id + "/done'] button[type=submit]"))
			.assertAccessible();
		assertThat(browser.text(By.tagName("main"))).doesNotContain(text);

		browser.open("/settings");
		browser.check(By.cssSelector("input[value=RU]"));
		browser.click(By.cssSelector("form[action$='/settings'] button[type=submit]")).assertAccessible();
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Мои настройки");
		assertThat(this.accounts.preferredLanguage("dean")).isEqualTo(Language.RU);
		browser.open("/settings?lang=kk");
	}

	@Test
	@DisplayName("Protocols: the secretary cancels a meeting, refused first without a reason; the protocol keeps its number (axe)")
	void cancelAMeeting() {
		ReviewFixtures fixtures = new ReviewFixtures(this.appeals, this.accounts, this.reviews);
		Appeal appeal = fixtures.routedAndChecked(fixtures.studentAppeal(Category.ASSESSMENT), "GM1-QAC");
		MeetingView meeting = this.reviews.scheduleMeeting("GM1-QAC", LocalDate.now(), List.of(appeal.id()),
				fixtures.secretary());
		browser.signIn("secretary").open("/meetings/" + meeting.id() + "?lang=kk");
		browser.click(By.cssSelector("a[href$='/cancel']")).assertAccessible();
		browser.click(By.cssSelector("form[action$='/cancel'] button[type=submit]")).assertAccessible();
		assertThat(browser.find(By.cssSelector(".ot-error-summary")).isDisplayed()).isTrue();
		browser.type(By.id("reason"), "Кворум жоқ");
		browser.click(By.cssSelector("form[action$='/cancel'] button[type=submit]")).assertAccessible();
		assertThat(browser.text(By.tagName("main"))).contains("Болдырылмады").contains(meeting.protocol());
	}

}

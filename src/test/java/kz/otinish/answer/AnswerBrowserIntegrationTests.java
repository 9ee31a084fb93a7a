package kz.otinish.answer;

import java.util.List;
import java.util.Locale;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.browser.Browser;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer in a real browser, in Kazakh and Russian: after the decision the executor
 * writes the draft, the dean approves it, the dean's office records the delivery in
 * person against signature, and the student disagrees from their own appeal page, which
 * opens a complaint to the vice-rector.
 */
@Tag("browser")
@OtinishIntegrationTest
class AnswerBrowserIntegrationTests {

	static final Locale KAZAKH = Locale.forLanguageTag("kk");

	static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	AppealManagement appeals;

	@Autowired
	AnswerManagement answers;

	@Autowired
	Accounts accounts;

	@Autowired
	MessageSource messages;

	String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	@Test
	@DisplayName("RES-1, DL-4: decision → draft → approval → delivery in person → the student disagrees (ru) → a complaint registered for the vice-rector")
	void decisionToComplaint() {
		CurrentUser student = this.accounts.byUsername("student").orElseThrow();
		Appeal decided = AnswerFixtures.decided(this.appeals, AnswerFixtures.student(student.id()), "deansoffice");

		// the executor: the draft is prefilled from the appeal, in its language (kk)
		browser.signIn("deansoffice");
		browser.open("/appeals/" + decided.id());
		browser.click(By.linkText(text("answer.link.answer", KAZAKH))).assertAccessible();
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("answer.title", KAZAKH));
		assertThat(browser.value(By.id("text"))).contains(decided.registration().orElseThrow().number())
			.contains("Никитина Людмила Павловна");
		browser.click(By.cssSelector("form[action$='/answer/draft'] button[type=submit]")).assertAccessible();
		browser.signOut();

		// the dean approves it
		browser.signIn("dean");
		browser.open("/appeals/" + decided.id() + "/answer");
		browser.click(By.cssSelector("form[action$='/answer/approve'] button[type=submit]")).assertAccessible();
		assertThat(this.answers.approvedAnswer(decided.id())).isPresent();
		browser.signOut();

		// the dean's office records the delivery in person against signature (RES-1)
		browser.signIn("deansoffice");
		browser.open("/appeals/" + decided.id() + "/answer");
		browser.check(By.cssSelector("input[name=method][value=IN_PERSON]"));
		browser.type(By.id("handedOverBy"), "Тұрсынова Әсел Болатқызы");
		browser.type(By.id("signedBy"), "Нұрланова Айгерім Серікқызы");
		browser.click(By.cssSelector("form[action$='/answer/delivery'] button[type=submit]")).assertAccessible();
		assertThat(this.appeals.find(decided.id()).orElseThrow().status()).isEqualTo(AppealStatus.ANSWERED);
		assertThat(browser.text(By.id("delivered-title"))).isEqualTo(text("answer.delivered.title", KAZAKH));
		browser.signOut();

		// the student, in Russian, disagrees from their own appeal page (DL-4)
		browser.signIn("student");
		browser.open("/appeals/" + decided.id());
		browser.click(By.linkText("Русский")).assertAccessible();
		browser.click(By.linkText(text("answer.link.verdict", RUSSIAN))).assertAccessible();
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("answer.verdict.title", RUSSIAN));
		browser.type(By.id("text"), "Не согласна с решением: оценка выставлена неверно.");
		browser.click(By.cssSelector("form[action$='/verdict/complaint'] button[type=submit]")).assertAccessible();
		browser.assertUsableOnPhone().desktopWidth();

		List<Verdict> verdicts = this.answers.verdicts(decided.id());
		assertThat(verdicts).hasSize(1);
		Appeal complaint = this.appeals.find(verdicts.get(0).complaintAppealId()).orElseThrow();
		assertThat(browser.currentPath()).isEqualTo("/appeals/" + complaint.id() + "?complaint");
		assertThat(complaint.kind()).isEqualTo(AppealKind.COMPLAINT);
		assertThat(complaint.triageOfficial()).contains("VICE-RECTOR");
		assertThat(complaint.earlierAppealId()).isEqualTo(decided.id());
		assertThat(browser.text(By.cssSelector(".ot-notice[role=status]")))
			.isEqualTo(text("answer.complaint.filed", RUSSIAN));
	}

}

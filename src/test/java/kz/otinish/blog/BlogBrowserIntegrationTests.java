package kz.otinish.blog;

import java.util.UUID;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.browser.Browser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Rector's blog in a real browser: a post written publicly in Kazakh, moderated in
 * Russian (the employee it names suggests the dean's office), its answer on the public
 * page. Every page is checked with axe-core, the public page also at 375px. INT-3, INT-5,
 * TERM-5.
 */
@Tag("browser")
@OtinishIntegrationTest
class BlogBrowserIntegrationTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	/**
	 * Long pages: bring the button to the middle of the window so that nothing covers it.
	 */
	static void centre(By what) {
		browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.find(what));
	}

	@Test
	@DisplayName("INT-3: write in Kazakh, moderate in Russian (suggestion shown, routed, answer published), see the answer publicly")
	void writeModerateAndReadTheAnswer() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		browser.open("/blog");
		assertThat(browser.language()).isEqualTo("kk");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Ректорға хат жазу");
		assertThat(browser.text(By.id("anonymous-notice"))).contains("анонимді болып саналады");
		browser.find(By.id("text"))
			.sendKeys("Стоматология мектебінің деканы Волков Андрей Андреевичке шағым: консультациялар үнемі кейінге "
					+ "қалдырылады. " + marker);
		new Select(browser.find(By.id("category"))).selectByValue("TEACHING_QUALITY");
		browser.click(By.cssSelector("form[action$='/blog'] button[type=submit]")).assertAccessible();
		assertThat(browser.currentPath()).isEqualTo("/blog/sent");
		String reference = browser.text(By.id("post-reference"));
		assertThat(reference).startsWith("BLOG-");

		browser.signIn("moderator");
		browser.open("/blog/moderation?lang=ru");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Модерация блога ректора");
		browser.click(By.linkText(reference)).assertAccessible();
		assertThat(browser.text(By.id("suggestions"))).contains("Волков Андрей Андреевич — Школа стоматологии");
		assertThat(new Select(browser.find(By.id("schoolCode"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("DENT");

		WebElement question = browser.find(By.id("question"));
		question.clear();
		question.sendKeys("Консультациялар үнемі кейінге қалдырылады. " + marker);
		browser.find(By.id("answer")).sendKeys("Деканат консультациялар кестесін тексеріп, бекітті. " + marker);
		centre(By.id("publish"));
		browser.click(By.id("publish")).assertAccessible();
		assertThat(browser.text(By.id("post-status"))).isEqualTo("Опубликовано");

		centre(By.id("route"));
		browser.click(By.id("route")).assertAccessible();
		assertThat(browser.text(By.id("post-routing"))).isEqualTo("Направлено в деканат");

		browser.driver().manage().deleteAllCookies();
		browser.open("/blog");
		assertThat(browser.language()).isEqualTo("kk");
		String answers = browser.text(By.tagName("main"));
		assertThat(answers).contains("Консультациялар үнемі кейінге қалдырылады. " + marker)
			.contains("Деканат консультациялар кестесін тексеріп, бекітті. " + marker)
			.doesNotContain("Волков Андрей Андреевичке шағым");
		browser.assertUsableOnPhone();
	}

	@Test
	@DisplayName("INT-3, INT-4, INT-5: in Kazakh the moderator refuses to publish a post with a reason and sends it to anonymous triage; it stays on record")
	void moderateInKazakh() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		browser.open("/blog?lang=ru");
		browser.find(By.id("text")).sendKeys("Анонимная жалоба на шум в общежитии. " + marker);
		browser.click(By.cssSelector("form[action$='/blog'] button[type=submit]")).assertAccessible();
		String reference = browser.text(By.id("post-reference"));

		browser.signIn("moderator");
		browser.open("/blog/moderation?lang=kk");
		assertThat(browser.language()).isEqualTo("kk");
		browser.click(By.linkText(reference)).assertAccessible();
		centre(By.id("reason"));
		browser.find(By.id("reason")).sendKeys("Жеке мәліметтер бар " + marker);
		centre(By.id("refuse"));
		browser.click(By.id("refuse")).assertAccessible();
		assertThat(browser.text(By.id("post-status"))).isEqualTo("Жариялаудан бас тартылды");
		centre(By.id("triage"));
		browser.click(By.id("triage")).assertAccessible();
		assertThat(browser.text(By.id("post-routing"))).isNotBlank();
		browser.open("/blog/moderation?lang=kk");
		assertThat(browser.find(By.tagName("main")).getText()).contains(reference)
			.contains("Жеке мәліметтер бар " + marker);
	}

}

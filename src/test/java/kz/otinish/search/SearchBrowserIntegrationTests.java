package kz.otinish.search;

import java.util.List;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.IncomingFile;
import kz.otinish.appeal.NewAppeal;
import kz.otinish.browser.Browser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Search in a real browser, in Kazakh and Russian, at 1280 and 375 px, with axe: the
 * header's box leads to the list with the words marked; screenshots of the results are
 * kept in {@code target/screenshots}.
 */
@Tag("browser")
@OtinishIntegrationTest
class SearchBrowserIntegrationTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	AppealManagement appeals;

	@Autowired
	JdbcClient jdbc;

	Appeal file(String tag, String subject, String text, List<IncomingFile> files) {
		NewAppeal base = AppealFixtures.studentApplication(null, "GM1");
		NewAppeal appeal = new NewAppeal(base.kind(), base.channel(), base.applicant(), false, false, null, List.of(),
				"GM1", base.addressee(), base.category(), subject, text + " " + tag, base.language(), null, null, null,
				null);
		Appeal filed = this.appeals.fileOnline(appeal, files);
		Indexed.await(this.jdbc, filed.id());
		return filed;
	}

	@Test
	@DisplayName("The header's box finds by a Kazakh stem and a Russian word form, marks them, in kk and ru, on a desktop and a phone")
	void searchFromTheHeader() throws Exception {
		String tag = "zq" + SearchIntegrationTests.randomLetters(8);
		file(tag, "Емтиханымды қайта тапсыруға рұқсат сұраймын",
				"Анатомия пәнінен емтихан бағасымен келіспеймін, апелляция комиссиясының шешімін сұраймын.",
				List.of(new IncomingFile("анықтама.docx", SearchIntegrationTests
					.docx("Справка о болезни: студент болел во время экзамена, оценку прошу пересмотреть"))));
		file(tag, "Жатақханадан орын беру туралы", "Жатақханада орын жоқ", List.of());

		browser.signIn("registrar");
		browser.type(By.id("header-q"), tag + " емтихан").find(By.id("header-q")).sendKeys(Keys.ENTER);
		browser.assertAccessible();
		assertThat(browser.currentPath()).startsWith("/appeals?q=");
		assertThat(browser.findAll(By.cssSelector(".ot-hits tbody tr"))).hasSize(1);
		assertThat(browser.findAll(By.cssSelector(".ot-hits mark")).stream().map(mark -> mark.getText()))
			.contains("Емтиханымды", "емтихан");
		browser.saveScreenshot("search-kk-1280");
		browser.assertUsableOnPhone();
		browser.saveScreenshot("search-kk-375");
		browser.desktopWidth();

		browser.open("/appeals?lang=ru&q=" + tag + "+оценка");
		assertThat(browser.findAll(By.cssSelector(".ot-hits tbody tr"))).hasSize(1);
		// the text matches the tag, the file the word: each snippet says where it was
		// found
		assertThat(browser.findAll(By.cssSelector(".ot-hit__where")).stream().map(where -> where.getText()))
			.anySatisfy(where -> assertThat(where).contains("анықтама.docx"));
		assertThat(browser.findAll(By.cssSelector(".ot-hits mark")).stream().map(mark -> mark.getText()))
			.contains("оценку");
		browser.saveScreenshot("search-ru-1280");
		browser.assertUsableOnPhone();
		browser.saveScreenshot("search-ru-375");
	}

}

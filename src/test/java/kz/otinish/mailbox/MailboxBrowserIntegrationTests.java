package kz.otinish.mailbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.browser.Browser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** The mailbox page in a real browser: axe-core, three languages, 375px. */
@Tag("browser")
@OtinishIntegrationTest
class MailboxBrowserIntegrationTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	MailIntake intake;

	@Test
	@DisplayName("INT-2, INT-5: the records office reads the letters with their notes, accessible and usable on a phone")
	void registrarReadsTheLetters() {
		String id = "<" + UUID.randomUUID() + "@browser.example.kz>";
		byte[] raw = ("From: Dana <dana@example.kz>\r\nSubject: Browser letter\r\nMessage-ID: " + id
				+ "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
				+ "Content-Type: text/plain; charset=UTF-8\r\n\r\nСабақ кестесі туралы.\r\n--b\r\n"
				+ "Content-Type: application/pdf\r\nContent-Disposition: attachment; filename=empty.pdf\r\n\r\n\r\n--b--\r\n")
			.getBytes(StandardCharsets.UTF_8);
		this.intake.take(new MailboxSettings.Account("browser", "127.0.0.1", 143, "imap", "info", "secret", "INBOX",
				null, DataSize.ofMegabytes(50)), raw, Instant.now());

		browser.signIn("registrar").open("/mailbox");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Электрондық поштадан келген хаттар");
		assertThat(browser.find(By.tagName("table")).getText()).contains("Browser letter", "Ескертпелермен қабылданды",
				"Тіркелмеді: «empty.pdf» файлы бос.");
		browser.assertUsableOnPhone();

		browser.open("/mailbox?lang=ru");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Письма из электронной почты");
		browser.open("/mailbox?lang=en");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Letters from the mailboxes");
	}

	@Test
	@DisplayName("INT-2: in Kazakh the registrar re-links a letter to the right applicant found in the directory; the page says so and the appeal's timeline shows it")
	void registrarRelinksALetter() {
		String id = "<" + UUID.randomUUID() + "@browser.example.kz>";
		byte[] raw = ("From: Unknown <unknown-" + UUID.randomUUID().toString().substring(0, 6)
				+ "@example.kz>\r\nSubject: Relink letter\r\nMessage-ID: " + id
				+ "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nАнықтама керек.\r\n")
			.getBytes(StandardCharsets.UTF_8);
		this.intake.take(new MailboxSettings.Account("browser", "127.0.0.1", 143, "imap", "info", "secret", "INBOX",
				null, DataSize.ofMegabytes(50)), raw, Instant.now());

		browser.signIn("registrar").open("/mailbox");
		WebElement row = browser.findAll(By.cssSelector("table tbody tr"))
			.stream()
			.filter(found -> found.getText().contains("Relink letter"))
			.findFirst()
			.orElseThrow();
		String link = row.findElement(By.linkText("Өтініш берушімен байланыстыру")).getAttribute("href");
		browser.open(link.substring(link.indexOf("/mailbox/"))).assertAccessible();
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Хатты өтініш берушімен байланыстыру");
		assertThat(browser.text(By.id("linked-account"))).isEqualTo("Ешкіммен байланыстырылмаған");
		browser.type(By.id("q"), "нұрланова айгерім");
		browser.click(By.cssSelector("main form[role=search] button[type=submit]")).assertAccessible();
		browser.click(By.cssSelector("#found li form button[type=submit]")).assertAccessible();
		assertThat(browser.text(By.cssSelector(".ot-notice"))).contains("байланыстырылды");
		assertThat(browser.text(By.id("linked-account"))).isEqualTo("Нұрланова Айгерім Серікқызы (student)");
		browser.assertUsableOnPhone();
	}

}

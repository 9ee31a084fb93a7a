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

}

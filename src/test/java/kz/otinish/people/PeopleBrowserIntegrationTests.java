package kz.otinish.people;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.browser.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator imports a registrar's file in the browser: preview with the faulty row
 * by line, confirmation, then the person's user page with a password reset; every page
 * passes axe-core.
 */
@Tag("browser")
@OtinishIntegrationTest
class PeopleBrowserIntegrationTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeImportedPeople() {
		this.jdbc.sql("delete from user_account where external_id like 'IT-BRW-%'").update();
	}

	@Test
	@DisplayName("Import page: upload, preview with the faulty row by line, confirm; the user page resets a password once")
	void importAndManage() throws Exception {
		Path file = Files.createTempFile("students", ".csv");
		Files.writeString(file, """
				ФИО;Школа;Уровень обучения;Курс;Электронная почта;Внешний идентификатор
				Браузеров Тест Сейітұлы;GM1;бакалавриат;2;brw1@example.kz;IT-BRW-1
				Браузерова Тест;GM1;бакалавриат;0;brw2@example.kz;IT-BRW-2
				""", StandardCharsets.UTF_8);
		browser.signIn("admin").open("/admin/people/import?lang=ru");
		browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		browser.click(By.cssSelector("form.ot-form button[type=submit]")).assertAccessible();
		assertThat(browser.text(By.id("preview"))).isEqualTo("Предварительный просмотр: пока ничего не изменено");
		assertThat(browser.text(By.cssSelector("table[aria-labelledby=row-errors] tbody"))).contains("3")
			.contains("«0» — неверный курс: нужно число от 1 до 7.");
		browser.saveScreenshot("people-import-preview");
		browser.click(By.cssSelector("form[action$='/confirm'] button")).assertAccessible();
		assertThat(browser.text(By.cssSelector(".ot-notice"))).contains("Новых: 1");

		browser.open("/admin/users?q=Браузеров");
		browser.click(By.linkText("Браузеров Тест Сейітұлы")).assertAccessible();
		browser.click(By.cssSelector("form[action$='/password-reset'] button")).assertAccessible();
		assertThat(browser.text(By.id("one-time-password"))).hasSize(16);
		browser.saveScreenshot("people-user-page");
		Files.delete(file);
	}

}

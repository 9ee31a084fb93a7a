package kz.otinish.organization;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.browser.Browser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin's organization pages in a real browser: axe-core clean, usable at 375px, in kk and ru. */
@Tag("browser")
@OtinishIntegrationTest
class OrganizationBrowserIntegrationTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Test
	@DisplayName("REV-1..REV-6: the organization page, the school e-mail form and the members form are accessible")
	void adminPagesAreAccessible() {
		browser.signIn("admin");
		browser.open("/admin/organization").assertUsableOnPhone().assertAccessible();
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Ұйым құрылымы");
		browser.open("/admin/organization?lang=ru").assertUsableOnPhone().assertAccessible();
		browser.open("/admin/organization/schools/GM1").assertUsableOnPhone().assertAccessible();
		browser.find(By.id("email")).clear();
		browser.click(By.cssSelector("form.ot-form button[type=submit]")).assertAccessible().assertUsableOnPhone();
		assertThat(browser.text(By.cssSelector("[role=alert]"))).isNotEmpty();
		browser.open("/admin/organization/bodies/GM1-QAC").assertUsableOnPhone().assertAccessible();
		browser.find(By.id("member-0-positionRu")).clear();
		// chromium misplaces clicks far down this tall page: submit with Enter in a field instead
		org.openqa.selenium.WebElement field = browser.find(By.id("member-0-fullName"));
		field.sendKeys(org.openqa.selenium.Keys.ENTER);
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(field));
		browser.assertAccessible().assertUsableOnPhone();
		assertThat(browser.text(By.cssSelector("[role=alert]"))).isNotEmpty();
	}

}

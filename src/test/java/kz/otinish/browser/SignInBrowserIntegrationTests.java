package kz.otinish.browser;

import java.util.Locale;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first steps every person takes, in a real browser: the start page in Kazakh,
 * switching the language, signing in (wrong password and right one), at desktop and phone
 * width. Every page is checked with axe-core. No SOP rule: the layout's language,
 * accessibility and 375px requirements from the team rules.
 */
@Tag("browser")
@OtinishIntegrationTest
class SignInBrowserIntegrationTests {

	static final Locale KAZAKH = Locale.forLanguageTag("kk");

	static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	Accounts accounts;

	@Autowired
	MessageSource messages;

	@Test
	@DisplayName("the start page speaks Kazakh by default and switches to Russian from the header")
	void startPageInKazakhThenRussian() {
		browser.open("/");
		assertThat(browser.language()).isEqualTo("kk");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Университетке өтініш немесе шағым беру");

		browser.click(By.linkText("Русский")).assertAccessible();
		assertThat(browser.language()).isEqualTo("ru");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Подать заявление или жалобу в университет");

		// the choice is remembered (cookie) on the next page
		browser.open("/sign-in");
		assertThat(browser.language()).isEqualTo("ru");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("signIn.title", RUSSIAN));
	}

	@Test
	@DisplayName("the sign-in page is accessible and a wrong password shows the localized error")
	void wrongPasswordShowsTheLocalizedError() {
		ensureStudent();
		browser.open("/sign-in");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("signIn.title", KAZAKH));

		browser.signIn("student", "not-the-password");
		assertThat(browser.currentPath()).startsWith("/sign-in?error");
		assertThat(browser.text(By.cssSelector("[role=alert]"))).contains(text("signIn.failed", KAZAKH));

		browser.open("/sign-in?lang=ru");
		browser.signIn("student", "wrong");
		assertThat(browser.text(By.cssSelector("[role=alert]"))).contains(text("signIn.failed", RUSSIAN))
			.contains("Неверное имя пользователя или пароль");
	}

	@Test
	@DisplayName("a demo account signs in and sees its name in the header")
	void demoAccountSignsIn() {
		String fullName = ensureStudent();
		browser.signIn("student");
		assertThat(browser.currentPath()).doesNotStartWith("/sign-in");
		assertThat(browser.text(By.cssSelector(".ot-user"))).isEqualTo(fullName);
		assertThat(browser.find(By.cssSelector("form[action$='/sign-out'] button")).getText().strip())
			.isEqualTo(text("layout.signOut", KAZAKH));

		// the header with the person's name and the sign-out button still fits a phone
		browser.phoneWidth().assertAccessible().assertUsableOnPhone();
	}

	@Test
	@DisplayName("keyboard users reach a skip link first, and it moves them to the main content")
	void skipLinkLeadsToTheContent() {
		browser.open("/");
		new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
		WebElement focused = browser.driver().switchTo().activeElement();
		assertThat(focused.getAttribute("class")).contains("skip-link");
		assertThat(focused.getText().strip()).isEqualTo(text("layout.skipToContent", KAZAKH));
		assertThat(focused.getRect().getX()).as("the focused skip link is on screen").isGreaterThanOrEqualTo(0);

		focused.sendKeys(Keys.ENTER);
		assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("main");
	}

	@Test
	@DisplayName("start and sign-in pages work at 375px without sideways scrolling")
	void usableOnAPhone() {
		ensureStudent();
		// every page below is opened, and checked by axe-core, at phone width
		browser.phoneWidth();
		browser.open("/").assertUsableOnPhone();
		browser.open("/sign-in?lang=ru").assertUsableOnPhone();
		browser.signIn("student", "wrong").assertUsableOnPhone();
		assertThat(browser.currentPath()).startsWith("/sign-in?error");
	}

	/**
	 * The seeded demo account, created here until the seed exists; returns its full name.
	 */
	String ensureStudent() {
		return this.accounts.byUsername("student")
			.orElseGet(() -> this.accounts.ensureAccount("student", "demo", "Әлия Серікқызы Нұрланова", Role.STUDENT,
					null, null, null))
			.fullName();
	}

	String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}

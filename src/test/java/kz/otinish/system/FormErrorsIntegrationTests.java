package kz.otinish.system;

import java.nio.charset.StandardCharsets;
import java.util.List;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A form that comes back with errors follows the GOV.UK pattern: "Error:" first in the
 * page's title in the reader's language, an error summary focused on load, and every link
 * in it leading to a field that exists on the page.
 */
@OtinishIntegrationTest
class FormErrorsIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.accounts.ensureAccount("it-forms-student", "secret", "Формалы Дана", Role.STUDENT, "GM1",
				"dana.forms@example.kz", null);
	}

	@Test
	@DisplayName("INT-1: the portal form sent empty says 'Қате:' / 'Ошибка:' in its title and links every problem to its field")
	void emptyPortalForm() throws Exception {
		for (String language : List.of("kk", "ru", "en")) {
			Document page = page(post("/appeals/new").param("lang", language).with(csrf()));
			String prefix = switch (language) {
				case "kk" -> "Қате: ";
				case "ru" -> "Ошибка: ";
				default -> "Error: ";
			};
			assertThat(page.title()).as(language).startsWith(prefix);
			assertThat(page.title().substring(prefix.length())).as("the prefix once").doesNotStartWith(prefix.strip());
			Element summary = page.selectFirst(".ot-error-summary");
			assertThat(summary).as("the error summary").isNotNull();
			assertThat(summary.hasAttr("autofocus")).as("focused when the page loads").isTrue();
			assertThat(page.selectFirst("main form[enctype]").attr("action"))
				.as("the form posts where it was shown: the address bar does not change after an error")
				.isEqualTo("/appeals/new");
			List<String> targets = summary.select("a[href^=#]").eachAttr("href");
			assertThat(targets).as("a link per problem").isNotEmpty();
			for (String target : targets) {
				assertThat(page.getElementById(target.substring(1))).as("%s leads to a field of the page", target)
					.isNotNull();
			}
		}
		List<String> once = page(post("/appeals/new").with(csrf())).select(".ot-error-summary li").eachText();
		for (int again = 0; again < 3; again++) {
			assertThat(page(post("/appeals/new").with(csrf())).select(".ot-error-summary li").eachText())
				.as("the same problems in the same order on every submit")
				.isEqualTo(once);
		}
		Document fine = page(get("/appeals/new"));
		assertThat(fine.title()).as("a page without errors").doesNotStartWith("Қате:");
		assertThat(fine.selectFirst("script[src$='/js/forms.js']")).as("the summary's order and focus").isNotNull();
	}

	@Test
	@DisplayName("A refused sign-in says 'Ошибка:' in its title too; the empty sign-in page does not")
	void refusedSignIn() throws Exception {
		String refused = this.mvc.perform(get("/sign-in").param("error", "").param("lang", "ru"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(refused).title()).startsWith("Ошибка: ");
		String empty = this.mvc.perform(get("/sign-in").param("lang", "ru"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(empty).title()).doesNotStartWith("Ошибка");
	}

	Document page(MockHttpServletRequestBuilder request) throws Exception {
		String html = this.mvc.perform(request.with(user(this.accounts.loadUserByUsername("it-forms-student"))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

}

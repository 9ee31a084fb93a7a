package kz.otinish.review.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Category;
import kz.otinish.identity.Accounts;
import kz.otinish.review.CommissionMember;
import kz.otinish.review.MemberKind;
import kz.otinish.review.ReviewFixtures;
import kz.otinish.review.Reviews;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * REV-6: the extended commission's members are chosen from the organization data (the
 * units' contact persons, the bodies' members) or typed in; the mandatory check stays.
 */
@OtinishIntegrationTest
class CommissionChoicesIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	@Autowired
	Reviews reviews;

	ReviewFixtures fixtures;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.fixtures = new ReviewFixtures(this.appeals, this.accounts, this.reviews);
	}

	@Test
	@DisplayName("REV-6: the commission form offers the EPC's members and the lawyer from the organization data; a typed-in name is accepted, a missing mandatory member still refused")
	void membersFromTheOrganizationOrTyped() throws Exception {
		Appeal appeal = this.fixtures.studentAppeal(Category.ASSESSMENT);
		this.reviews.route(appeal.id(), "GM1-EPC", "member", this.fixtures.dean());
		assertThat(this.reviews.memberChoices(appeal).get(MemberKind.EPC)).contains("Сәрсенбаев Талғат Жомартұлы",
				"Ибраев Айдос Темірұлы", "Егорова Анна Павловна");
		assertThat(this.reviews.memberChoices(appeal).get(MemberKind.LEGAL))
			.containsExactly("Бейсенов Бауыржан Дарханұлы");
		assertThat(this.reviews.memberChoices(appeal).get(MemberKind.OTHER)).contains("Бейсенов Бауыржан Дарханұлы",
				"Ибраев Айдос Темірұлы");

		String page = this.mvc
			.perform(get("/appeals/" + appeal.id() + "/review").with(user(this.accounts.loadUserByUsername("dean"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("list=\"epc-choices\"")
			.contains("<datalist id=\"epc-choices\">")
			.contains("<option value=\"Ибраев Айдос Темірұлы\">")
			.contains("list=\"legal-choices\"");

		String refused = this.mvc
			.perform(post("/appeals/" + appeal.id() + "/review/commission").param("orderNumber", "91-ө")
				.param("orderDate", LocalDate.now().toString())
				.param("youthPolicy", "Мәмиев Мейрам")
				.param("studentDeansOffice", "Зайцев Сергей")
				.param("epc", "Ибраев Айдос Темірұлы")
				.param("qac", "Морозов Олег")
				.param("legal", "")
				.with(user(this.accounts.loadUserByUsername("dean")))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("Жетіспейді: Заңгер").contains("value=\"Ибраев Айдос Темірұлы\"");

		this.mvc
			.perform(post("/appeals/" + appeal.id() + "/review/commission").param("orderNumber", "91-ө")
				.param("orderDate", LocalDate.now().toString())
				.param("youthPolicy", "Мәмиев Мейрам")
				.param("studentDeansOffice", "Зайцев Сергей")
				.param("epc", "Ибраев Айдос Темірұлы")
				.param("qac", "Жаңа Адам Тергеуұлы")
				.param("legal", "Бейсенов Бауыржан Дарханұлы")
				.with(user(this.accounts.loadUserByUsername("dean")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.reviews.commissionOf(appeal.id()).orElseThrow().members())
			.extracting(CommissionMember::fullName)
			.contains("Ибраев Айдос Темірұлы", "Жаңа Адам Тергеуұлы", "Бейсенов Бауыржан Дарханұлы");
	}

}

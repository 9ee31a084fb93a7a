package kz.otinish.intake.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.CoApplicant;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * INT-7: the lead applicant picks co-applicants from the directory (or types them in);
 * all are listed on the appeal.
 */
@OtinishIntegrationTest
class GroupIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.accounts.ensureAccount("it-group-lead", "secret", "Әлия Топбасшы", Role.STUDENT, "GM1",
				"aliya.group@example.kz", null);
		this.accounts.ensureAccount("it-group-mate", "secret", "Мадина Топсерікова", Role.STUDENT, "GM1",
				"madina.group@example.kz", null);
		this.accounts.ensureAccount("it-group-teacher", "secret", "Ғалым Топоқытушы", Role.STAFF, "GM1", null, null);
	}

	MockMultipartHttpServletRequestBuilder form(String path) {
		MockMultipartHttpServletRequestBuilder request = multipart(path);
		request.param("lang", "kk");
		request.param("consent", "true");
		request.param("applicantType", "STUDENT")
			.param("fullName", "Әлия Топбасшы")
			.param("levelOfStudy", "BACHELOR")
			.param("speciality", "Жалпы медицина")
			.param("yearOfStudy", "3")
			.param("studyLanguage", "KAZAKH")
			.param("funding", "GRANT")
			.param("studyForm", "FULL_TIME")
			.param("address", "Алматы, Абай даңғылы 10")
			.param("phone", "+7 701 000 00 00")
			.param("email", "aliya.group@example.kz")
			.param("kind", "PROPOSAL")
			.param("addressee", "DEAN")
			.param("schoolCode", "GM1")
			.param("category", "EDUCATIONAL_PROCESS")
			.param("subject", "Кесте туралы топтық ұсыныс")
			.param("text", "Сабақ кестесін өзгертуді ұсынамыз.")
			.param("language", "KK");
		request.with(user(this.accounts.loadUserByUsername("it-group-lead"))).with(csrf());
		return request;
	}

	@Test
	@DisplayName("INT-7: co-applicants are found in the directory (htmx), added to the typed-in names once each, and all listed on the appeal")
	void pickFromTheDirectory() throws Exception {
		String fragment = this.mvc
			.perform(get("/appeals/new/co-applicants?lang=ru&coSearch=Топ")
				.with(user(this.accounts.loadUserByUsername("it-group-lead"))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).startsWith("<div id=\"co-results\"")
			.doesNotContain("<html")
			.contains("Мадина Топсерікова")
			.contains("Ғалым Топоқытушы")
			.contains("addCoApplicant=it-group-mate")
			.doesNotContain("addCoApplicant=it-group-lead")
			.contains("Добавить");

		var lead = user(this.accounts.loadUserByUsername("it-group-lead"));
		String added = this.mvc
			.perform(get("/appeals/new/co-applicants/add").param("addCoApplicant", "it-group-mate")
				.param("coApplicants", "Арман Қасымов")
				.with(lead))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(added).startsWith("<div id=\"co-group\"").contains("Арман Қасымов\nМадина Топсерікова</textarea>");
		String again = this.mvc
			.perform(get("/appeals/new/co-applicants/add").param("addCoApplicant", "it-group-mate")
				.param("coApplicants", "Арман Қасымов\nМадина Топсерікова")
				.with(lead))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(again).contains("Арман Қасымов\nМадина Топсерікова</textarea>");
		String notAnApplicant = this.mvc
			.perform(get("/appeals/new/co-applicants/add").param("addCoApplicant", "it-group-lead")
				.param("coApplicants", "Арман Қасымов")
				.with(lead))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(notAnApplicant).contains("Арман Қасымов</textarea>");

		String location = this.mvc
			.perform(form("/appeals/new").param("coApplicants", "Арман Қасымов\nМадина Топсерікова"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/appeals/[0-9a-f-]{36}/filed");
		assertThat(this.appeals.find(UUID.fromString(location.substring(9, 45))).orElseThrow().coApplicants())
			.extracting(CoApplicant::fullName)
			.containsExactly("Арман Қасымов", "Мадина Топсерікова");
	}

}

package kz.otinish.intake.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.CoApplicant;
import kz.otinish.appeal.RepresentationReason;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The applicant portal's form: students, staff, representatives, groups. */
@OtinishIntegrationTest
class PortalIntegrationTests {

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
		this.accounts.ensureAccount("it-staff", "secret", "Оқытушы Ахметов", Role.STAFF, "DENT", "t@example.kz", null);
		this.accounts.ensureAccount("it-rep", "secret", "Нұрлан Сейітов", Role.REPRESENTATIVE, null, "n@example.kz",
				null);
		this.accounts.ensureAccount("it-student-portal", "secret", "Студент Портал", Role.STUDENT, "GM1", null, null);
	}

	MockMultipartHttpServletRequestBuilder common() {
		return common("Кафедрадағы жабдық");
	}

	MockMultipartHttpServletRequestBuilder common(String subject) {
		MockMultipartHttpServletRequestBuilder request = multipart("/appeals/new");
		request.param("kind", "APPLICATION")
			.param("consent", "true")
			.param("addressee", "DEAN")
			.param("category", "RESOURCES_AND_CONDITIONS")
			.param("subject", subject)
			.param("text", "Зертханаға жаңа микроскоп қажет.")
			.param("language", "KK")
			.param("address", "Алматы, Желтоқсан к-сі 1")
			.param("phone", "+7 701 123 45 67")
			.param("email", "person@example.kz");
		return request;
	}

	UUID filed(MockMultipartHttpServletRequestBuilder request, String username) throws Exception {
		String location = this.mvc.perform(request.with(user(this.accounts.loadUserByUsername(username))).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/appeals/[0-9a-f-]{36}/filed");
		return UUID.fromString(location.substring(9, 45));
	}

	@Test
	@DisplayName("INT-9, INT-7: a member of staff files Appendix 2 for a group; the co-applicants are listed on the appeal")
	void staffFilesForAGroup() throws Exception {
		UUID id = filed(common().param("applicantType", "STAFF")
			.param("schoolCode", "DENT")
			.param("fullName", "Оқытушы Ахметов")
			.param("workplacePosition", "Терапиялық стоматология кафедрасы, доцент")
			.param("coApplicants", "Серікова Айгүл\n\n  Петров Иван  \n"), "it-staff");
		Appeal appeal = this.appeals.find(id).orElseThrow();
		assertThat(appeal.status()).isEqualTo(AppealStatus.REGISTERED);
		assertThat(appeal.applicant().workplacePosition()).isEqualTo("Терапиялық стоматология кафедрасы, доцент");
		assertThat(appeal.coApplicants()).extracting(CoApplicant::fullName)
			.containsExactly("Серікова Айгүл", "Петров Иван");
		assertThat(appeal.registration().orElseThrow().number()).startsWith("DENT-");
	}

	@Test
	@DisplayName("INT-8: a legal representative files for a student, states the reason and attaches the basis document")
	void representativeFilesForAStudent() throws Exception {
		MockMultipartHttpServletRequestBuilder request = common();
		request.file(new MockMultipartFile("files", "сенімхат.pdf", "application/pdf",
				"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
		UUID id = filed(request.param("applicantType", "STUDENT")
			.param("schoolCode", "PED")
			.param("fullName", "Әсем Нұрланқызы Сейітова")
			.param("levelOfStudy", "BACHELOR")
			.param("speciality", "Педиатрия")
			.param("yearOfStudy", "1")
			.param("studyLanguage", "KAZAKH")
			.param("funding", "GRANT")
			.param("studyForm", "FULL_TIME")
			.param("representationReason", "MINOR")
			.param("basisDocument", "Туу туралы куәлік № 123456, 01.02.2009")
			.param("representativeName", "Someone Else"), "it-rep");
		Appeal appeal = this.appeals.find(id).orElseThrow();
		assertThat(appeal.applicant().fullName()).isEqualTo("Әсем Нұрланқызы Сейітова");
		assertThat(appeal.representative()).get().satisfies(rep -> {
			assertThat(rep.fullName()).as("taken from the account, not the form").isEqualTo("Нұрлан Сейітов");
			assertThat(rep.reason()).isEqualTo(RepresentationReason.MINOR);
		});
		assertThat(this.appeals.attachments(appeal)).hasSize(1);
	}

	@Test
	@DisplayName("INT-8: a representative must state the reason and the basis document")
	void representativeMustStateTheBasis() throws Exception {
		String page = this.mvc
			.perform(common().param("applicantType", "STUDENT")
				.param("lang", "ru")
				.param("schoolCode", "PED")
				.param("fullName", "Әсем")
				.with(user(this.accounts.loadUserByUsername("it-rep")))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Выберите причину представительства")
			.contains("Укажите документ, подтверждающий представительство")
			.contains("Напишите специальность");
	}

	@Test
	@DisplayName("Bad input never yields a 500: script tags and SQL-like text are stored as text; a disguised file is refused with the text kept")
	void badInputIsStoredSafelyOrRefusedClearly() throws Exception {
		UUID id = filed(common("<script>alert(1)</script>'; drop table appeal; --").param("applicantType", "STUDENT")
			.param("schoolCode", "GM1")
			.param("fullName", "Студент Портал")
			.param("levelOfStudy", "BACHELOR")
			.param("speciality", "x")
			.param("yearOfStudy", "1")
			.param("studyLanguage", "KAZAKH")
			.param("funding", "GRANT")
			.param("studyForm", "FULL_TIME"), "it-student-portal");
		assertThat(this.appeals.find(id).orElseThrow().subject()).startsWith("<script>");
		String shown = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/appeals/" + id)
				.with(user(this.accounts.loadUserByUsername("it-student-portal"))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(shown).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");

		MockMultipartHttpServletRequestBuilder disguised = common();
		disguised.file(new MockMultipartFile("files", "../../evil.pdf", "application/pdf", "MZ not a pdf".getBytes()));
		String page = this.mvc
			.perform(disguised.param("applicantType", "STUDENT")
				.param("lang", "en")
				.param("schoolCode", "GM1")
				.param("fullName", "Студент Портал")
				.param("levelOfStudy", "BACHELOR")
				.param("speciality", "x")
				.param("yearOfStudy", "1")
				.param("studyLanguage", "KAZAKH")
				.param("funding", "GRANT")
				.param("studyForm", "FULL_TIME")
				.with(user(this.accounts.loadUserByUsername("it-student-portal")))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("The type of the file &quot;evil.pdf&quot; is not accepted")
			.contains("value=\"Кафедрадағы жабдық\"")
			// a browser cannot refill the file field: the page names what to choose again
			.contains("Your files were not kept; choose them again: evil.pdf.");
	}

}

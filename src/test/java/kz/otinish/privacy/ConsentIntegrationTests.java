package kz.otinish.privacy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.ConsentBasis;
import kz.otinish.audit.AuditEntry;
import kz.otinish.audit.AuditTrail;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Law No. 94-V: the consent text is public and versioned; filing on the portal or the API
 * needs it and records it with the appeal and the account; the desk records consent given
 * on paper; other channels record the Law on appeals as the basis.
 */
@OtinishIntegrationTest
class ConsentIntegrationTests {

	static final String APPLICATION = """
			{"kind":"APPLICATION","applicantType":"STUDENT","addressee":"DEAN","schoolCode":"GM1",
			 "category":"ASSESSMENT","subject":"Келісім тексеру","text":"Бағамен келіспеймін.",
			 "fullName":"Келісімова Дана","levelOfStudy":"BACHELOR","speciality":"Жалпы медицина",
			 "yearOfStudy":2,"studyLanguage":"KAZAKH","funding":"GRANT","studyForm":"FULL_TIME",
			 "address":"Алматы, Абай 1","phone":"+7 701 000 00 01","email":"dana.consent@example.kz"%s}""";

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	Consents consents;

	@Autowired
	AppealManagement appeals;

	@Autowired
	AuditTrail audit;

	MockMvc mvc;

	CurrentUser student;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.student = this.accounts.ensureAccount("it-consent-student", "secret", "Келісімова Дана", Role.STUDENT,
				"GM1", "dana.consent@example.kz", null);
		this.accounts.ensureAccount("it-consent-registrar", "secret", "Тіркеуші Келісім", Role.REGISTRAR, null, null,
				null);
	}

	String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	@DisplayName("Personal data: the current consent text is public in kk, ru and en with its version")
	void consentTextIsPublic() throws Exception {
		int version = this.consents.current().version();
		String ru = body(
				this.mvc.perform(get("/api/v1/consent").header("Accept-Language", "ru")).andExpect(status().isOk()));
		assertThat(ru).contains("\"version\":" + version)
			.contains("\"language\":\"RU\"")
			.contains("Я даю согласие на сбор и обработку")
			.contains("\"KK\":\"Мен «Дербес деректер")
			.contains("\"EN\":\"I consent");
		assertThat(body(this.mvc.perform(get("/api/v1/consent").header("Accept-Language", "en"))))
			.contains("\"text\":\"I consent");
	}

	@Test
	@DisplayName("INT-1, personal data: the API refuses an appeal without \"consent\": true (400 naming the field, localized); with it the appeal and the account record the version")
	void apiRequiresConsent() throws Exception {
		String refused = body(this.mvc
			.perform(post("/api/v1/appeals").with(user(this.accounts.loadUserByUsername("it-consent-student")))
				.header("Accept-Language", "ru")
				.contentType(MediaType.APPLICATION_JSON)
				.content(APPLICATION.formatted("")))
			.andExpect(status().isBadRequest()));
		assertThat(refused).contains("\"field\":\"consent\"").contains("Отметьте согласие на обработку");
		this.mvc
			.perform(post("/api/v1/appeals").with(user(this.accounts.loadUserByUsername("it-consent-student")))
				.contentType(MediaType.APPLICATION_JSON)
				.content(APPLICATION.formatted(",\"consent\":false")))
			.andExpect(status().isBadRequest());

		String created = body(this.mvc
			.perform(post("/api/v1/appeals").with(user(this.accounts.loadUserByUsername("it-consent-student")))
				.contentType(MediaType.APPLICATION_JSON)
				.content(APPLICATION.formatted(",\"consent\":true")))
			.andExpect(status().isCreated()));
		Appeal appeal = this.appeals.find(UUID.fromString(created.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1")))
			.orElseThrow();
		int version = this.consents.current().version();
		assertThat(appeal.consentBasis()).isEqualTo(ConsentBasis.APPLICANT_CONSENT);
		assertThat(appeal.consentVersion()).contains(version);
		assertThat(this.consents.accepted(this.student.id())).extracting(AccountConsent::version).contains(version);
		assertThat(this.consents.acceptedCurrent(this.student.id())).isTrue();
	}

	@Test
	@DisplayName("INT-1, personal data: the portal form shows the consent text and refuses without the tick, naming it; with it the appeal is filed")
	void portalFormRequiresConsent() throws Exception {
		String form = body(this.mvc
			.perform(get("/appeals/new?lang=en").with(user(this.accounts.loadUserByUsername("it-consent-student"))))
			.andExpect(status().isOk()));
		assertThat(form).contains("id=\"consent\"").contains("I consent to the university collecting");

		String refused = body(this.mvc
			.perform(portal().with(user(this.accounts.loadUserByUsername("it-consent-student"))).with(csrf()))
			.andExpect(status().isOk()));
		assertThat(refused).contains("Tick the consent to the processing of personal data")
			.contains("href=\"#consent\"");

		String location = this.mvc
			.perform(portal().param("consent", "true")
				.with(user(this.accounts.loadUserByUsername("it-consent-student")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.replaceAll("/appeals/([0-9a-f-]{36})/filed", "$1"));
		assertThat(this.appeals.find(id).orElseThrow().consentBasis()).isEqualTo(ConsentBasis.APPLICANT_CONSENT);
	}

	MockMultipartHttpServletRequestBuilder portal() {
		MockMultipartHttpServletRequestBuilder request = multipart("/appeals/new");
		request.param("lang", "en")
			.param("kind", "APPLICATION")
			.param("applicantType", "STUDENT")
			.param("fullName", "Келісімова Дана")
			.param("levelOfStudy", "BACHELOR")
			.param("speciality", "Жалпы медицина")
			.param("yearOfStudy", "2")
			.param("studyLanguage", "KAZAKH")
			.param("funding", "GRANT")
			.param("studyForm", "FULL_TIME")
			.param("address", "Алматы, Абай 1")
			.param("phone", "+7 701 000 00 01")
			.param("email", "dana.consent@example.kz")
			.param("addressee", "DEAN")
			.param("schoolCode", "GM1")
			.param("category", "ASSESSMENT")
			.param("subject", "Келісім порталда")
			.param("text", "Бағамен келіспеймін.")
			.param("language", "KK");
		return request;
	}

	@Test
	@DisplayName("INT-6, personal data: at the desk the registrar records consent given on paper; without the tick the Law on appeals is the basis, as for e-mail and the blog")
	void paperConsentAndLegalBasis() throws Exception {
		UUID withConsent = paper(true);
		assertThat(this.appeals.find(withConsent).orElseThrow().consentBasis())
			.isEqualTo(ConsentBasis.CONSENT_ON_PAPER);
		UUID without = paper(false);
		assertThat(this.appeals.find(without).orElseThrow().consentBasis()).isEqualTo(ConsentBasis.LAW_ON_APPEALS);
		Appeal letter = this.appeals.receive(AppealFixtures.anonymousLetter("GM1"));
		assertThat(letter.consentBasis()).isEqualTo(ConsentBasis.LAW_ON_APPEALS);
		assertThat(letter.consentVersion()).isEmpty();
	}

	UUID paper(boolean consent) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/desk/paper");
		request.file(new MockMultipartFile("files", "скан.pdf", "application/pdf",
				"%PDF-1.4 consent".getBytes(StandardCharsets.UTF_8)));
		// another school and time than the desk's own tests, which read the latest paper
		// appeal of PED
		request.param("receivedOn", "2026-11-19")
			.param("receivedTime", "09:40")
			.param("documentType", "ID_CARD")
			.param("documentNumber", "0412345678")
			.param("applicantType", "STUDENT")
			.param("fullName", "Қағазова Дана")
			.param("levelOfStudy", "BACHELOR")
			.param("speciality", "Педиатрия")
			.param("yearOfStudy", "1")
			.param("studyLanguage", "KAZAKH")
			.param("funding", "GRANT")
			.param("studyForm", "FULL_TIME")
			.param("address", "Алматы, Сәтбаев к-сі 5")
			.param("phone", "+7 705 111 22 33")
			.param("email", "paper.consent@example.kz")
			.param("kind", "APPLICATION")
			.param("addressee", "DEAN")
			.param("schoolCode", "GM1")
			.param("category", "HOUSING")
			.param("subject", "Жатақханадан орын беру")
			.param("text", "Жатақханадан орын беруіңізді сұраймын.")
			.param("language", "KK");
		if (consent) {
			request.param("consent", "true");
		}
		String location = this.mvc
			.perform(request.with(user(this.accounts.loadUserByUsername("it-consent-registrar"))).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return UUID.fromString(location.replaceAll("/appeals/([0-9a-f-]{36})/receipt", "$1"));
	}

	@Test
	@DisplayName("Personal data: an account reads the current consent on /consent and accepts it once (audited); an outdated version is refused")
	void accountAcceptsOnTheConsentPage() throws Exception {
		CurrentUser staff = this.accounts.ensureAccount(
				"it-consent-staff-" + UUID.randomUUID().toString().substring(0, 8), "secret", "Келісім Оқытушы",
				Role.STAFF, "GM1", null, null);
		int version = this.consents.current().version();
		String page = body(
				this.mvc.perform(get("/consent?lang=ru").with(user(this.accounts.loadUserByUsername(staff.username()))))
					.andExpect(status().isOk()));
		assertThat(page).contains("Согласие на обработку персональных данных")
			.contains("Я даю согласие на сбор и обработку")
			.contains("Даю согласие");

		this.mvc
			.perform(post("/consent").param("version", String.valueOf(version))
				.with(user(this.accounts.loadUserByUsername(staff.username())))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.consents.acceptedCurrent(staff.id())).isTrue();
		assertThat(body(this.mvc
			.perform(get("/consent?lang=en").with(user(this.accounts.loadUserByUsername(staff.username()))))))
			.contains("You gave this consent on")
			.doesNotContain(">I give my consent<");
		assertThat(this.audit.of(staff.id())).extracting(AuditEntry::action).containsOnlyOnce("ACCEPT_CONSENT");
		// again: nothing new
		this.consents.accept(staff, version);
		assertThat(this.audit.of(staff.id())).extracting(AuditEntry::action).containsOnlyOnce("ACCEPT_CONSENT");

		this.mvc
			.perform(post("/consent").param("version", String.valueOf(version + 1000))
				.with(user(this.accounts.loadUserByUsername(staff.username())))
				.with(csrf()))
			.andExpect(status().isConflict());
	}

}

package kz.otinish.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kz.otinish.MutableClock;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.answer.AnswerManagement;
import kz.otinish.answer.DeliveryRecord;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.IncomingFile;
import kz.otinish.appeal.NewAppeal;
import kz.otinish.appeal.Outcome;
import kz.otinish.appeal.TestSteps;
import kz.otinish.documents.PdfChecks;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Law No. 94-V: a person downloads everything Otinish holds about them (page, JSON, PDF
 * in kk/ru/en), and only about them.
 */
@OtinishIntegrationTest
class MyDataIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	@Autowired
	AnswerManagement answers;

	@Autowired
	Consents consents;

	@Autowired
	MutableClock clock;

	MockMvc mvc;

	CurrentUser student;

	String subject;

	String otherSubject;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.student = this.accounts.ensureAccount("it-mydata-" + suffix, "secret", "Деректова Әсел " + suffix,
				Role.STUDENT, "GM1", "asel." + suffix + "@example.kz", "+7 701 222 33 44");
		CurrentUser other = this.accounts.ensureAccount("it-mydata-other-" + suffix, "secret", "Басқа Студент",
				Role.STUDENT, "GM1", null, null);
		CurrentUser dean = this.accounts.ensureAccount("it-mydata-dean", "secret", "Декан Деректер", Role.DEAN, "GM1",
				null, null);
		CurrentUser executor = this.accounts.ensureAccount("it-mydata-executor", "secret", "Орындаушы Деректер",
				Role.DEANS_OFFICE, "GM1", null, null);
		CurrentUser registrar = this.accounts.ensureAccount("it-mydata-registrar", "secret", "Тіркеуші Деректер",
				Role.REGISTRAR, null, null, null);
		this.subject = "Менің деректерім " + suffix;
		this.otherSubject = "Бөгде өтініш " + suffix;
		int version = this.consents.acceptCurrent(this.student);
		Appeal own = this.appeals.fileOnline(application(this.student.id(), this.subject), List
			.of(new IncomingFile("анықтама-" + suffix + ".pdf", "%PDF-1.4 mine".getBytes(StandardCharsets.UTF_8))),
				version);
		this.appeals.fileOnline(application(other.id(), this.otherSubject), List.of(), version);
		Instant now = this.clock.instant();
		this.appeals.performAt(own.id(), new AppealCommand.StartTriage(), TestSteps.SYSTEM, now);
		this.appeals.performAt(own.id(),
				new AppealCommand.Route("DEANS_OFFICE_COUNCIL", executor.username(), executor.fullName()),
				TestSteps.SYSTEM, now);
		this.appeals.performAt(own.id(), TestSteps.decide(Outcome.SATISFIED), TestSteps.SYSTEM, now);
		this.answers.submitDraft(own.id(), "Жауап мәтіні " + suffix, executor);
		this.answers.approve(own.id(), dean);
		this.answers.recordDelivery(own.id(), DeliveryRecord.inPerson(LocalDate.now(this.clock), "Тіркеуші", "Әсел"),
				registrar);
	}

	static NewAppeal application(UUID owner, String subject) {
		NewAppeal template = AppealFixtures.studentApplication(owner, "GM1");
		return new NewAppeal(template.kind(), template.channel(), template.applicant(), false, false, null, List.of(),
				"GM1", template.addressee(), template.category(), subject, template.text(), template.language(), owner,
				null, null, null);
	}

	MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.accounts.loadUserByUsername(this.student.username()))))
			.andReturn()
			.getResponse();
	}

	@Test
	@DisplayName("Personal data: GET /api/v1/me/data lists the account, consents, own appeals with files and the delivered answer, notifications — nobody else's")
	void json() throws Exception {
		MockHttpServletResponse response = call(get("/api/v1/me/data"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/json");
		String json = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"username\":\"" + this.student.username() + "\"")
			.contains("\"consents\":[{\"version\":" + this.consents.current().version())
			.contains(this.subject)
			.contains("\"consentBasis\":\"APPLICANT_CONSENT\"")
			.contains("\"fileName\":\"анықтама-")
			.contains("Жауап мәтіні")
			.contains("\"notifications\":[")
			.doesNotContain(this.otherSubject);
		assertThat(call(get("/settings/my-data.json")).getContentAsString(StandardCharsets.UTF_8))
			.contains(this.subject);
	}

	@Test
	@DisplayName("Personal data: the same as a PDF with DejaVu embedded, in Kazakh, Russian and English, by ?format=pdf or Accept")
	void pdf() throws Exception {
		MockHttpServletResponse kk = call(
				get("/api/v1/me/data").param("format", "pdf").header("Accept-Language", "kk"));
		assertThat(kk.getStatus()).isEqualTo(200);
		assertThat(kk.getContentType()).isEqualTo("application/pdf");
		String text = PdfChecks.assertReadable(kk.getContentAsByteArray(), "Менің деректерім", this.subject,
				"Сіздің келісіміңіз", "Жауап мәтіні", "Деректова Әсел");
		assertThat(text).doesNotContain(this.otherSubject).doesNotContain("APPLICANT_CONSENT");
		MockHttpServletResponse ru = call(
				get("/api/v1/me/data").header("Accept", "application/pdf").header("Accept-Language", "ru"));
		assertThat(ru.getContentType()).isEqualTo("application/pdf");
		PdfChecks.assertReadable(ru.getContentAsByteArray(), "Мои данные", "Ваше согласие", this.subject);
		MockHttpServletResponse en = call(get("/settings/my-data.pdf").param("lang", "en"));
		PdfChecks.assertReadable(en.getContentAsByteArray(), "My data", "Your consent", this.subject);
	}

	@Test
	@DisplayName("Personal data: the My data page in the chosen language, without codes; not for visitors")
	void page() throws Exception {
		String page = call(get("/settings/my-data").param("lang", "ru")).getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Мои данные")
			.contains(this.subject)
			.contains("Ваше согласие (редакция текста")
			.contains("анықтама-")
			.contains("Жауап мәтіні")
			.doesNotContain("APPLICANT_CONSENT")
			.doesNotContain(this.otherSubject);
		assertThat(this.mvc.perform(get("/api/v1/me/data")).andReturn().getResponse().getStatus()).isEqualTo(401);
	}

}

package kz.otinish.system;

import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.TestSteps;
import kz.otinish.appeal.Outcome;

import java.nio.charset.StandardCharsets;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What a walk through Otinish by hand, as each user, tripped over: every fix here has the
 * page assertion that would have caught it.
 */
@OtinishIntegrationTest
class WalkthroughIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	@Autowired
	kz.otinish.answer.AnswerManagement answers;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.accounts.ensureAccount("it-walk-registrar", "secret", "Тіркеуші Walk", Role.REGISTRAR, null, null, null);
		this.accounts.ensureAccount("it-walk-dean", "secret", "Декан Walk", Role.DEAN, "GM1", null, null);
	}

	MockHttpServletResponse open(String path, String username) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get(path).with(user(this.accounts.loadUserByUsername(username))))
			.andReturn()
			.getResponse();
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		return response;
	}

	@Test
	@DisplayName("INT-9: the Appendix 1 PDF of an appeal still awaiting registration opens (it was a 500), with the number left blank")
	void appendixOfAnUnregisteredAppeal() throws Exception {
		Appeal received = this.appeals.receive(AppealFixtures.studentApplication(null, "GM1"));
		MockHttpServletResponse pdf = open("/appeals/" + received.id() + "/appendix.pdf?lang=ru", "it-walk-registrar");
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentType()).startsWith("application/pdf");
		assertThat(pdf.getContentAsByteArray()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
	}

	@Test
	@DisplayName("TERM-8: the appeal's history speaks the reader's language: the channel by its label, the system as Otinish, no raw codes")
	void historyWithoutRawCodes() throws Exception {
		Appeal received = this.appeals.receive(AppealFixtures.studentApplication(null, "GM1"));
		Appeal appeal = this.appeals.performAt(received.id(), new AppealCommand.Register(),
				TestSteps.registrar("system"), java.time.Instant.now());
		String page = open("/appeals/" + appeal.id() + "?lang=ru", "it-walk-dean").getContentAsString();
		String history = page.substring(page.indexOf("ot-timeline"));
		assertThat(history).contains("Портал").contains("Выполнил: Өтініш (автоматически)");
		assertThat(history).doesNotContain(">PORTAL<", "Выполнил: system");
	}

	@Test
	@DisplayName("DL-1: on a phone the lists of appeals keep the status and due date in sight: each cell carries its label for the stacked layout")
	void appealTablesStackOnPhones() throws Exception {
		this.appeals.fileOnline(AppealFixtures.studentApplication(null, "GM1"), java.util.List.of());
		String triage = open("/triage?lang=ru", "it-walk-dean").getContentAsString();
		assertThat(triage).contains("ot-stack")
			.contains("data-label=\"Статус\"")
			.contains("data-label=\"Срок рассмотрения\"");
	}

	@Test
	@DisplayName("REV-1: the applicant's page of their own appeal has no link to the body's internal consideration page; the dean's has")
	void applicantSeesNoInternalReviewLink() throws Exception {
		java.util.UUID owner = this.accounts
			.ensureAccount("it-walk-applicant", "secret", "Өтініш Иесі", Role.STUDENT, "GM1", "owner.walk@example.kz",
					null)
			.id();
		Appeal appeal = this.appeals.fileOnline(AppealFixtures.studentApplication(owner, "GM1"), java.util.List.of());
		assertThat(open("/appeals/" + appeal.id() + "?lang=ru", "it-walk-applicant").getContentAsString())
			.contains("Статус")
			.doesNotContain("review-link");
		assertThat(open("/appeals/" + appeal.id() + "?lang=ru", "it-walk-dean").getContentAsString())
			.contains("review-link");
		// with the dean, going on to the consideration is the page's one main action
		this.appeals.performAt(appeal.id(), new AppealCommand.StartTriage(), TestSteps.SYSTEM, java.time.Instant.now());
		assertThat(open("/appeals/" + appeal.id() + "?lang=ru", "it-walk-dean").getContentAsString())
			.contains("id=\"review-link\" class=\"btn ot-button btn-primary\"");
	}

	@Test
	@DisplayName("INT-9: a condition beside th:replace was ignored: an empty list showed its empty message and an empty table; a student's form offered the applicant type twice (Appendix 1 only)")
	void conditionalFragmentsHonourTheirCondition() throws Exception {
		this.accounts.ensureAccount("it-walk-newcomer", "secret", "Жаңа Студент", Role.STUDENT, "GM1",
				"newcomer.walk@example.kz", null);
		String mine = open("/appeals/mine?lang=ru", "it-walk-newcomer").getContentAsString();
		assertThat(mine).contains("class=\"btn btn-primary ot-button\"").doesNotContain("<table");
		String form = open("/appeals/new?lang=ru", "it-walk-newcomer").getContentAsString();
		assertThat(form.split("name=\"applicantType\"", -1)).hasSize(2);
	}

	@Test
	@DisplayName("STAT-1: appeals without a school (to the Rector) are counted under a named row, not a blank one")
	void statisticsNameTheRowWithoutSchool() throws Exception {
		this.accounts.ensureAccount("it-walk-analyst", "secret", "Талдаушы Walk", Role.ANALYST, null, null, null);
		kz.otinish.appeal.NewAppeal toTheRector = AppealFixtures.studentApplication(null, "GM1");
		this.appeals.receive(new kz.otinish.appeal.NewAppeal(toTheRector.kind(), toTheRector.channel(),
				toTheRector.applicant(), false, false, null, java.util.List.of(), null,
				kz.otinish.appeal.Addressee.RECTOR, toTheRector.category(), toTheRector.subject(), toTheRector.text(),
				toTheRector.language(), null, null, null, null));
		String page = open("/statistics?lang=ru", "it-walk-analyst").getContentAsString();
		assertThat(page).contains("Без школы (ректору)").doesNotContain("<th scope=\"row\"></th>");
	}

	@Test
	@DisplayName("REV-1: a body's secretary starts from the meetings and agenda, not from the dean's queue; the service name leads a visitor to the start page, not to sign-in")
	void startPages() throws Exception {
		this.accounts.ensureAccount("it-walk-secretary", "secret", "Хатшы Walk", Role.BODY_SECRETARY, "GM1", null,
				null);
		assertThat(open("/home", "it-walk-secretary").getRedirectedUrl()).isEqualTo("/work");
		assertThat(open("/home", "it-walk-dean").getRedirectedUrl()).isEqualTo("/work");
		MockHttpServletResponse blog = this.mvc.perform(get("/blog?lang=ru")).andReturn().getResponse();
		assertThat(blog.getContentAsString(StandardCharsets.UTF_8)).contains("class=\"ot-header__service\" href=\"/\"");
	}

	@Test
	@DisplayName("RES-1, DL-4: the draft answer starts with the decision as the applicant reads it (outcome label, protocol and date), not the raw note PARTLY_SATISFIED, 1/2026, 2026-11-25")
	void draftAnswerStartsWithAReadableDecision() {
		Appeal filed = this.appeals.fileOnline(AppealFixtures.studentApplication(null, "GM1"), java.util.List.of());
		java.time.Instant now = java.time.Instant.now();
		this.appeals.performAt(filed.id(), new AppealCommand.StartTriage(), TestSteps.SYSTEM, now);
		this.appeals.performAt(filed.id(), TestSteps.route("DEANS_OFFICE_COUNCIL"), TestSteps.SYSTEM, now);
		Appeal decided = this.appeals.performAt(filed.id(), TestSteps.decide(Outcome.PARTLY_SATISFIED),
				TestSteps.SYSTEM, now);
		assertThat(this.answers.template(decided))
			.contains("Ішінара қанағаттандырылды (25.11.2026 ж. № 1/2026 хаттама)")
			.doesNotContain("PARTLY_SATISFIED", "2026-11-25");
	}

	@Test
	@DisplayName("REV-1: an official without a school is not told the queue is \"your school's\" dean's queue")
	void officialsQueueSaysEverySchool() throws Exception {
		this.accounts.ensureAccount("it-walk-official", "secret", "Проректор Walk", Role.OFFICIAL, null, null, null);
		assertThat(open("/triage?lang=ru", "it-walk-official").getContentAsString())
			.contains("Зарегистрированные обращения всех школ")
			.doesNotContain("вашей школы");
		assertThat(open("/triage?lang=ru", "it-walk-dean").getContentAsString()).contains("вашей школы");
	}

	@Test
	@DisplayName("INT-1: switching the language keeps the page's query (the journal's period), only the language changes")
	void languageSwitchKeepsTheQuery() throws Exception {
		String journal = open("/journal?journal=GM1&from=2026-11-01&to=2026-11-30&lang=ru", "it-walk-registrar")
			.getContentAsString();
		assertThat(journal).contains("href=\"?journal=GM1&amp;from=2026-11-01&amp;to=2026-11-30&amp;lang=kk\"")
			.doesNotContain("lang=ru&amp;lang=kk");
		assertThat(open("/triage", "it-walk-dean").getContentAsString()).contains("href=\"?lang=ru\"");
	}

}

package kz.otinish.review.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.Category;
import kz.otinish.identity.Accounts;
import kz.otinish.review.DecisionView;
import kz.otinish.review.MeetingView;
import kz.otinish.review.ReviewFixtures;
import kz.otinish.review.Reviews;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The review pages and API: routing, the commission form, a meeting and a decision. */
@OtinishIntegrationTest
class ReviewPagesIntegrationTests {

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

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String username) {
		return request.with(user(this.accounts.loadUserByUsername(username))).with(csrf());
	}

	String page(String path, String username) throws Exception {
		return this.mvc.perform(as(get(path), username))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	@DisplayName("REV-1..REV-3: the dean routes from the page with the body suggested from the category and the executor from a list")
	void routeFromThePage() throws Exception {
		Appeal appeal = this.fixtures.studentAppeal(Category.ASSESSMENT);
		String page = page("/appeals/" + appeal.id() + "/review?lang=ru", "dean");
		assertThat(page).contains("По категории предлагается: Комитет образовательных программ (КОП)")
			.contains("Егорова Анна Павловна");
		String invalid = this.mvc
			.perform(as(post("/appeals/" + appeal.id() + "/review/route?lang=en").param("bodyCode", "GM1-EPC")
				.param("executorAccount", ""), "dean"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(invalid).contains("Choose the executor");
		this.mvc
			.perform(as(post("/appeals/" + appeal.id() + "/review/route").param("bodyCode", "GM1-EPC")
				.param("executorAccount", "member"), "dean"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.appeals.find(appeal.id()).orElseThrow().status()).isEqualTo(AppealStatus.IN_REVIEW);
		assertThat(page("/appeals/" + appeal.id() + "?lang=en", "dean"))
			.contains("/appeals/" + appeal.id() + "/review");
	}

	@Test
	@DisplayName("REV-1: the review's working file is the bodies'; the applicant sees their appeal, but its review page and API answer 404")
	void applicantSeesNoReview() throws Exception {
		var student = this.accounts.ensureAccount("it-review-own-student", "secret", "Дана Серікова",
				kz.otinish.identity.Role.STUDENT, "GM1", null, null);
		Appeal appeal = this.appeals
			.fileOnline(kz.otinish.appeal.AppealFixtures.studentApplication(student.id(), "GM1"), java.util.List.of());
		this.mvc.perform(as(get("/appeals/" + appeal.id()), student.username())).andExpect(status().isOk());
		this.mvc.perform(as(get("/appeals/" + appeal.id() + "/review"), student.username()))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(get("/api/v1/appeals/" + appeal.id() + "/review"), student.username()))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("REV-6: the commission form refuses without the lawyer, names what is missing in kk and ru, and keeps what was typed")
	void commissionFormRefusesAndKeepsValues() throws Exception {
		Appeal appeal = this.fixtures.studentAppeal(Category.ASSESSMENT);
		this.reviews.route(appeal.id(), "GM1-EPC", "member", this.fixtures.dean());
		for (String[] language : new String[][] { { "kk", "Жетіспейді: Заңгер" }, { "ru", "Не хватает: Юрист" } }) {
			String refused = this.mvc
				.perform(as(post("/appeals/" + appeal.id() + "/review/commission?lang=" + language[0])
					.param("orderNumber", "77-ө")
					.param("orderDate", LocalDate.now().toString())
					.param("youthPolicy", "Мәмиев Мейрам")
					.param("studentDeansOffice", "Зайцев Сергей")
					.param("epc", "Сәрсенбаев Талғат")
					.param("qac", "Морозов Олег")
					.param("legal", " ")
					.param("others", "Ким Алексей"), "dean"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(refused).contains(language[1]).contains("value=\"77-ө\"").contains("Ким Алексей");
		}
		assertThat(this.reviews.commissionOf(appeal.id())).isEmpty();
	}

	@Test
	@DisplayName("REV-6: the API refuses a commission without mandatory members with a localized problem+json (409)")
	void commissionApiRefuses() throws Exception {
		Appeal appeal = this.fixtures.studentAppeal(Category.ASSESSMENT);
		this.reviews.route(appeal.id(), "GM1-EPC", "member", this.fixtures.dean());
		this.mvc
			.perform(as(post("/api/v1/appeals/" + appeal.id() + "/commission"), "dean").header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"orderNumber": "78-ө", "orderDate": "%s",
						 "members": [{"kind": "EPC", "fullName": "Сәрсенбаев"}, {"kind": "QAC", "fullName": "Морозов"}]}
						""".formatted(LocalDate.now())))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Lawyer")))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Youth Policy")));
	}

	@Test
	@DisplayName("REV-8, REV-12: a meeting's pages: agenda with status and due date, attendance, minutes, and the decision form through the API")
	void meetingPagesAndDecisionApi() throws Exception {
		Appeal appeal = this.fixtures.routedAndChecked(this.fixtures.studentAppeal(Category.HOUSING), "GM1-DOC");
		MeetingView meeting = this.fixtures.meetingWith("GM1-DOC", appeal.id(), this.fixtures.secretary());
		assertThat(page("/meetings?lang=ru", "member")).contains("Моя повестка").contains(appeal.subject());
		assertThat(page("/meetings/" + meeting.id() + "?lang=en", "secretary"))
			.contains("Protocol No. " + meeting.protocol())
			.contains("Record the decision")
			.contains(appeal.registration().orElseThrow().number());
		assertThat(page("/meetings/" + meeting.id() + "/items/" + appeal.id() + "?lang=kk", "secretary"))
			.contains("Хаттамалық шешім")
			.doesNotContain("REV-9");
		this.mvc.perform(as(post("/meetings/" + meeting.id() + "/minutes"), "secretary").param("minutes",
				"Күн тәртібі бойынша бір мәселе қаралды."))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(as(post("/api/v1/meetings/" + meeting.id() + "/decisions/" + appeal.id()), "secretary")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"outcome": "PARTLY_SATISFIED", "reasons": "Жылу қалпына келтіріледі.",
						 "actions": [{"kind": "MEASURE", "addressee": "Шаруашылық бөлімі", "text": "Жылуды қосу",
						              "responsible": "Бөлім басшысы", "dueOn": "%s", "disciplinary": false}]}
						""".formatted(LocalDate.now().plusDays(5))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.meeting.protocolNumber").value(meeting.protocolNumber()))
			.andExpect(jsonPath("$.outcome").value("PARTLY_SATISFIED"));
		DecisionView decision = this.reviews.decisionOf(appeal.id()).orElseThrow();
		assertThat(decision.meeting().minutes()).contains("бір мәселе");
		assertThat(page("/appeals/" + appeal.id() + "/review?lang=en", "dean")).contains("Partly satisfied")
			.contains("Office Council — School of General Medicine 1")
			.contains("Protocol No. " + meeting.protocol());
		this.mvc.perform(as(get("/api/v1/appeals/" + appeal.id() + "/decision"), "dean"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.measures[0].text").value("Жылуды қосу"));
	}

	@Test
	@DisplayName("REV-8, REV-10: the decision form re-renders with the typed values and a named error, then records the decision with a disciplinary measure")
	void decisionFormThroughThePage() throws Exception {
		Appeal appeal = this.fixtures.routedAndChecked(this.fixtures.studentAppeal(Category.HOUSING), "GM1-DOC");
		MeetingView meeting = this.fixtures.meetingWith("GM1-DOC", appeal.id(), this.fixtures.secretary());
		String path = "/meetings/" + meeting.id() + "/items/" + appeal.id();
		String invalid = this.mvc
			.perform(as(post(path + "?lang=en"), "secretary").param("outcome", "PARTLY_SATISFIED")
				.param("reasons", " ")
				.param("actions[0].kind", "MEASURE")
				.param("actions[0].text", "Сөгіс жариялау")
				.param("actions[0].addressee", "Ибраев А.Т.")
				.param("actions[0].responsible", "Кадр бөлімі")
				.param("actions[0].dueOn", LocalDate.now().plusDays(3).toString())
				.param("actions[0].disciplinary", "true")
				.param("_actions[0].disciplinary", "on")
				.param("actions[1].kind", "RECOMMENDATION")
				.param("actions[1].text", "")
				.param("actions[1].addressee", "")
				.param("actions[1].responsible", "")
				.param("actions[1].dueOn", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(invalid).contains("Give the reasons for the decision").contains("Сөгіс жариялау");
		this.mvc
			.perform(as(post(path), "secretary").param("outcome", "PARTLY_SATISFIED")
				.param("reasons", "Бір дәлел расталды.")
				.param("actions[0].kind", "MEASURE")
				.param("actions[0].text", "Сөгіс жариялау")
				.param("actions[0].addressee", "Ибраев А.Т.")
				.param("actions[0].responsible", "Кадр бөлімі")
				.param("actions[0].dueOn", LocalDate.now().plusDays(3).toString())
				.param("actions[0].disciplinary", "true")
				.param("_actions[0].disciplinary", "on")
				.param("actions[1].kind", "RECOMMENDATION")
				.param("actions[1].text", "")
				.param("actions[1].dueOn", "")
				.param("_untrueRecognized", "on"))
			.andExpect(status().is3xxRedirection());
		DecisionView decision = this.reviews.decisionOf(appeal.id()).orElseThrow();
		assertThat(decision.measures()).singleElement().satisfies(m -> assertThat(m.disciplinary()).isTrue());
		assertThat(this.appeals.find(appeal.id()).orElseThrow().status()).isEqualTo(AppealStatus.DECIDED);
	}

}

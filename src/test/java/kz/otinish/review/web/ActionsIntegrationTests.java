package kz.otinish.review.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.TestMailServer;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Category;
import kz.otinish.audit.AuditEntry;
import kz.otinish.audit.AuditTrail;
import kz.otinish.clock.DeadlineWatch;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.review.ActionKind;
import kz.otinish.review.ActionView;
import kz.otinish.review.ArgumentView;
import kz.otinish.review.DecisionView;
import kz.otinish.review.MeetingView;
import kz.otinish.review.NewAction;
import kz.otinish.review.NewDecision;
import kz.otinish.appeal.Outcome;
import kz.otinish.review.RequestView;
import kz.otinish.review.ReviewFixtures;
import kz.otinish.review.Reviews;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * REV-8, REV-10 tracked to completion: the list of open measures and recommendations by
 * scope, overdue flagged, marked done with a note (audited), the API, the watch's
 * reminder; and the review page's per-row forms keeping what was typed on bad input.
 */
@OtinishIntegrationTest
class ActionsIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	@Autowired
	Reviews reviews;

	@Autowired
	AuditTrail audit;

	@Autowired
	DeadlineWatch watch;

	@Autowired
	JdbcClient jdbc;

	ReviewFixtures fixtures;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.fixtures = new ReviewFixtures(this.appeals, this.accounts, this.reviews);
		this.accounts.ensureAccount("it-actions-dean-dent", "secret", "Декан DENT", Role.DEAN, "DENT", null, null);
		this.accounts.ensureAccount("it-actions-official", "secret", "Проректор", Role.OFFICIAL, null, null, null);
		this.accounts.prefer("dean", kz.otinish.shared.Language.KK);
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
	@DisplayName("REV-8, REV-10: open measures and recommendations by scope (dean: school, official: all, responsible: theirs), soonest first, overdue flagged; marked done with a note (audited) and gone; API; the watch reminds the responsible person once")
	void measuresAreTrackedToCompletion() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String responsibleName = "Жауапты Тұлға " + suffix;
		String responsibleEmail = "it-actions-" + suffix + "@example.kz";
		String responsible = "it-actions-resp-" + suffix;
		this.accounts.ensureAccount(responsible, "secret", responsibleName, Role.BODY_MEMBER, "GM1", responsibleEmail,
				null);
		this.accounts.ensureAccount("it-actions-other-" + suffix, "secret", "Басқа Мүше", Role.BODY_MEMBER, "GM1", null,
				null);
		Appeal appeal = this.fixtures.routedAndChecked(this.fixtures.studentAppeal(Category.ASSESSMENT), "GM1-EPC");
		MeetingView meeting = this.fixtures.meetingWith("GM1-EPC", appeal.id(), this.fixtures.secretary());
		String measureText = "Ведомосты түзету " + suffix;
		String recommendationText = "Критерийлерді жариялау " + suffix;
		DecisionView decision = this.reviews.decide(meeting.id(), appeal.id(),
				new NewDecision(Outcome.PARTLY_SATISFIED, "Баға қайта қаралады.",
						List.of(new NewAction(ActionKind.MEASURE, "Кафедра", measureText, responsibleName,
								LocalDate.now().plusDays(1), false),
								new NewAction(ActionKind.RECOMMENDATION, "Кафедра", recommendationText,
										"Деканның орынбасары", LocalDate.now().plusDays(20), false)),
						false, null, null),
				this.fixtures.secretary());
		ActionView measure = decision.measures().get(0);
		// the measure's due date has passed
		this.jdbc.sql("update review_action set due_on = :due where id = :id")
			.param("due", LocalDate.now().minusDays(3))
			.param("id", measure.id())
			.update();

		String dean = page("/actions", "dean");
		assertThat(dean).contains(measureText).contains(recommendationText).contains("ot-tag--overdue");
		assertThat(dean.indexOf(measureText)).isLessThan(dean.indexOf(recommendationText));
		assertThat(page("/actions", "it-actions-official")).contains(measureText).contains(recommendationText);
		assertThat(page("/actions", "it-actions-dean-dent")).doesNotContain(measureText);
		String mine = page("/actions?lang=en", responsible);
		assertThat(mine).contains(measureText).doesNotContain(recommendationText).contains("Overdue");
		assertThat(page("/actions", "it-actions-other-" + suffix)).doesNotContain(measureText);

		String api = this.mvc.perform(as(get("/api/v1/review-actions"), "dean"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(api).contains(measureText).contains("\"overdue\":true").contains("\"canComplete\":true");

		// the responsible person chooses English on "my settings"; the watch reminds them
		// (and the dean) once per due date, in that language
		page("/settings?lang=en", responsible);
		this.watch.runFor(LocalDate.now());
		this.watch.runFor(LocalDate.now());
		String number = appeal.registration().orElseThrow().number();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(TestMailServer.to(responsibleEmail)).hasSize(1));
		assertThat(TestMailServer.to(responsibleEmail).get(0).getSubject()).isEqualTo("Measure overdue: " + number);

		// bad input stays on the list with the error in the row
		String refused = this.mvc
			.perform(as(post("/actions/" + measure.id() + "/done").param("note", "  "), responsible))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("ot-error-summary").contains("href=\"#done-" + measure.id() + "\"");
		// someone else's measure: 404
		this.mvc
			.perform(as(post("/actions/" + measure.id() + "/done").param("note", "Орындалды"), "it-actions-dean-dent"))
			.andExpect(status().isNotFound());

		this.mvc
			.perform(as(post("/actions/" + measure.id() + "/done").param("note", "Ведомость түзетілді"), responsible))
			.andExpect(redirectedUrl("/actions?done"));
		assertThat(page("/actions", "dean")).doesNotContain(measureText).contains(recommendationText);
		assertThat(this.audit.of(appeal.id())).extracting(AuditEntry::action).contains("COMPLETE_MEASURE");
		assertThat(this.reviews.decisionOf(appeal.id()).orElseThrow().measures().get(0).doneNote())
			.isEqualTo("Ведомость түзетілді");
	}

	@Test
	@DisplayName("REV-12, REV-7, REV-8: the review page's per-row forms show the error summary in the row and keep what was typed")
	void perRowFormsKeepWhatWasTyped() throws Exception {
		CurrentUser dean = this.fixtures.dean();
		Appeal appeal = this.fixtures.studentAppeal(Category.ASSESSMENT);
		this.reviews.route(appeal.id(), "GM1-EPC", "member", dean);
		ArgumentView argument = this.reviews.addArgument(appeal.id(), "Баға әділетсіз", dean);
		RequestView request = this.reviews.requestDocuments(appeal.id(), "Тіркеу кеңсесі", "Ведомость",
				LocalDate.now().plusDays(3), dean);
		String path = "/appeals/" + appeal.id() + "/review/arguments/" + argument.id() + "/finding";

		String noGrounds = this.mvc.perform(as(post(path).param("finding", "CONFIRMED").param("grounds", " "), "dean"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(noGrounds).contains("ot-error-summary")
			.contains("href=\"#grounds-" + argument.id() + "\"")
			.contains("Тұжырымның негіздемесін жазыңыз.")
			.containsPattern("value=\"CONFIRMED\"[^>]*checked");

		String noFinding = this.mvc.perform(as(post(path).param("grounds", "Ведомость пен жұмыс сәйкес емес"), "dean"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(noFinding).contains("href=\"#finding-" + argument.id() + "-CONFIRMED\"")
			.contains("Ведомость пен жұмыс сәйкес емес");

		String noResponse = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/appeals/" + appeal.id() + "/review/requests/" + request.id() + "/response")
				.param("note", "   ")
				.with(user(this.accounts.loadUserByUsername("dean")))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(noResponse).contains("href=\"#note-" + request.id() + "\"");
		assertThat(this.reviews.review(appeal.id(), dean).arguments().get(0).finding()).isNull();
	}

}

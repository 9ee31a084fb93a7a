package kz.otinish.review;

import java.time.Duration;
import java.util.List;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealNotes;
import kz.otinish.appeal.AppealTimeline;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Outcome;
import kz.otinish.audit.AuditEntry;
import kz.otinish.audit.AuditTrail;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.notification.Notifications;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Correcting course: another body or executor for a routed appeal (it answered 409
 * before), with a reason, audited, the applicant told only of a new body; internal notes
 * staff leave each other, never shown to the applicant or to a person the appeal is
 * about.
 */
@OtinishIntegrationTest
class CorrectingCourseIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	AppealManagement appeals;

	@Autowired
	Accounts accounts;

	@Autowired
	Reviews reviews;

	@Autowired
	AuditTrail audit;

	@Autowired
	AppealTimeline timeline;

	@Autowired
	AppealNotes notes;

	@Autowired
	Notifications notifications;

	ReviewFixtures fixtures;

	MockMvc mvc;

	CurrentUser student;

	@BeforeEach
	void setUp() {
		this.fixtures = new ReviewFixtures(this.appeals, this.accounts, this.reviews);
		this.student = this.accounts.ensureAccount("it-course-student", "secret", "Курс Студент", Role.STUDENT, "GM1",
				null, null);
		this.accounts.ensureAccount("it-course-office", "secret", "Курс Кеңсе", Role.DEANS_OFFICE, "GM1", null, null);
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String username) {
		return request.with(user(this.accounts.loadUserByUsername(username))).with(csrf());
	}

	private Appeal ownAppeal() {
		var template = AppealFixtures.studentApplication(this.student.id(), "GM1");
		return this.appeals.fileOnline(template, List.of());
	}

	@Test
	@DisplayName("REV-1: a routed appeal goes to another body and executor with a reason through the appeal's door (audited REASSIGN); the new executor and the new body's secretary are told, the applicant only of the new body, and the applicant's timeline does not show the step")
	void reassignedWithAReason() throws Exception {
		Appeal appeal = ownAppeal();
		this.reviews.route(appeal.id(), "GM1-DOC", "member", this.fixtures.dean());
		// routing again was the only way, and it is refused
		this.mvc
			.perform(as(post("/api/v1/appeals/" + appeal.id() + "/routing"), "dean")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"bodyCode\": \"GM1-QAC\", \"executorAccount\": \"it-course-office\"}"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(as(post("/api/v1/appeals/" + appeal.id() + "/reassignment"), "dean")
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"bodyCode\": \"GM1-QAC\", \"executorAccount\": \"it-course-office\", \"reason\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc
			.perform(as(post("/api/v1/appeals/" + appeal.id() + "/reassignment"), "dean")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"bodyCode": "GM1-QAC", "executorAccount": "it-course-office",
						 "reason": "Мәселе оқу сапасына қатысты"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bodyCode").value("GM1-QAC"))
			.andExpect(jsonPath("$.executorAccount").value("it-course-office"));
		Appeal moved = this.appeals.find(appeal.id()).orElseThrow();
		assertThat(moved.routedBody()).contains("GM1-QAC");
		assertThat(moved.executorAccount()).contains("it-course-office");
		assertThat(this.audit.of(appeal.id())).filteredOn(entry -> entry.action().equals("REASSIGN"))
			.singleElement()
			.extracting(AuditEntry::detail)
			.asString()
			.contains("GM1-DOC", "GM1-QAC", "Мәселе оқу сапасына қатысты");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> has("it-course-office", "notification.assigned", appeal)
					&& has("it-course-student", "notification.rerouted", appeal));
		assertThat(this.timeline.of(moved, this.student)).extracting(AuditEntry::action).doesNotContain("REASSIGN");
	}

	@Test
	@DisplayName("REV-1: once decided only the executor changes (the body is the one that decided); a body change is refused while the appeal is on its body's meeting agenda, saying which meeting")
	void reassignRefusesWhatWouldBreakTheRecord() {
		CurrentUser dean = this.fixtures.dean();
		Appeal appeal = this.fixtures.routedAndChecked(this.fixtures.studentAppeal(Category.HOUSING), "GM1-DOC");
		MeetingView meeting = this.fixtures.meetingWith("GM1-DOC", appeal.id(), this.fixtures.secretary());
		assertThatThrownBy(() -> this.reviews.reassign(appeal.id(), "GM1-QAC", "member", "Басқа орган", dean))
			.isInstanceOfSatisfying(Refused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("review.reassign.onAgenda"));
		this.reviews.decide(meeting.id(), appeal.id(),
				new NewDecision(Outcome.PARTLY_SATISFIED, "Баға қайта қаралады.",
						List.of(ReviewFixtures.measure(false), ReviewFixtures.recommendation()), false, null, null),
				this.fixtures.secretary());
		assertThatThrownBy(() -> this.reviews.reassign(appeal.id(), "GM1-QAC", "member", "Басқа орган", dean))
			.isInstanceOfSatisfying(Refused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("appeal.reassign.decided"));
		this.reviews.reassign(appeal.id(), "GM1-DOC", "it-course-office", "Орындаушы демалыста", dean);
		assertThat(this.appeals.find(appeal.id()).orElseThrow().executorAccount()).contains("it-course-office");
		assertThatThrownBy(() -> this.reviews.reassign(appeal.id(), "GM1-DOC", "it-course-office", "Тағы", dean))
			.isInstanceOfSatisfying(Refused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("appeal.reassign.same"));
	}

	@Test
	@DisplayName("Internal notes: staff who may see the appeal read and leave them (audited ADD_NOTE, the text kept out of the trail); the applicant and a person the appeal is about never see them, on the page or otherwise")
	void internalNotes() throws Exception {
		Appeal appeal = ownAppeal();
		this.mvc
			.perform(as(post("/appeals/" + appeal.id() + "/notes"), "dean").param("text", "Кеңсе: қолхатты тексеріңіз"))
			.andExpect(redirectedUrl("/appeals/" + appeal.id() + "#notes"));
		assertThat(this.mvc.perform(as(get("/appeals/" + appeal.id() + "?lang=ru"), "it-course-office"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Внутренние заметки", "Кеңсе: қолхатты тексеріңіз");
		assertThat(this.mvc.perform(as(get("/appeals/" + appeal.id() + "?lang=ru"), "it-course-student"))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("Внутренние заметки", "қолхатты");
		assertThatThrownBy(() -> this.notes.of(appeal.id(), this.student)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.notes.add(appeal.id(), "Менің жазбам", this.student))
			.isInstanceOf(NotFound.class);
		assertThat(this.audit.of(appeal.id())).filteredOn(entry -> entry.action().equals("ADD_NOTE"))
			.singleElement()
			.satisfies(entry -> assertThat(entry.detail()).isNull());
		// an empty note names the field on the page
		assertThat(this.mvc.perform(as(post("/appeals/" + appeal.id() + "/notes?lang=en"), "dean").param("text", " "))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("href=\"#text\"");
		// a person the appeal is about sees no note
		this.reviews.recordSubject(appeal.id(), null, "it-course-office", this.fixtures.dean());
		assertThatThrownBy(() -> this.notes.of(appeal.id(), this.fixtures.user("it-course-office")))
			.isInstanceOf(NotFound.class);
	}

	private boolean has(String username, String key, Appeal appeal) {
		return this.notifications.of(username, 200)
			.stream()
			.anyMatch(found -> found.messageKey().equals(key) && found.link().contains(appeal.id().toString()));
	}

}

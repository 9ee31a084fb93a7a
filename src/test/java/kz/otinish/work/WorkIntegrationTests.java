package kz.otinish.work;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.answer.AnswerManagement;
import kz.otinish.answer.DeliveryMethod;
import kz.otinish.answer.DeliveryRecord;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Outcome;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.notification.Notification;
import kz.otinish.notification.Notifications;
import kz.otinish.review.MeetingView;
import kz.otinish.review.NewDecision;
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
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * "Waiting for me": each hand-off of one consideration puts the appeal in the next
 * person's list (counted in the navigation) and tells them; it leaves the list of the one
 * who acted.
 */
@OtinishIntegrationTest
class WorkIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	AppealManagement appeals;

	@Autowired
	Accounts accounts;

	@Autowired
	Reviews reviews;

	@Autowired
	AnswerManagement answers;

	@Autowired
	Work work;

	@Autowired
	Notifications notifications;

	ReviewFixtures fixtures;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.fixtures = new ReviewFixtures(this.appeals, this.accounts, this.reviews);
		this.accounts.ensureAccount("it-work-office", "secret", "Кеңсе Жұмыс", Role.DEANS_OFFICE, "GM1", null, null);
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	@DisplayName("REV-1, REV-8, RES-1: triage → body → decision → draft → approval → delivery, each step in the next person's \"waiting for me\" list and told to them, gone from the list of the one who acted")
	void everyHandOffIsInTheNextPersonsList() throws Exception {
		CurrentUser dean = this.fixtures.dean();
		CurrentUser secretary = this.fixtures.secretary();
		CurrentUser executor = this.fixtures.user("member");
		CurrentUser office = this.fixtures.user("it-work-office");
		Appeal appeal = this.fixtures.studentAppeal(Category.HOUSING);

		assertThat(waiting("triage", dean)).contains(appeal.id());
		assertThat(this.mvc.perform(get("/work?lang=ru").with(user(this.accounts.loadUserByUsername("dean"))))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Обращения, ожидающие распределения", "Ждёт меня (", appeal.subject());

		this.fixtures.routedAndChecked(appeal, "GM1-DOC");
		assertThat(waiting("triage", dean)).doesNotContain(appeal.id());
		assertThat(waiting("toSchedule", secretary)).contains(appeal.id());
		told(secretary, "notification.work.routedToBody", appeal);

		MeetingView meeting = this.fixtures.meetingWith("GM1-DOC", appeal.id(), secretary);
		assertThat(waiting("toSchedule", secretary)).doesNotContain(appeal.id());
		assertThat(waiting("decisionsToRecord", secretary)).contains(appeal.id());
		assertThat(this.work.of(secretary)
			.stream()
			.filter(queue -> queue.key().equals("decisionsToRecord"))
			.flatMap(queue -> queue.items().stream())
			.filter(item -> item.appealId().equals(appeal.id()))
			.map(WorkItem::link)).containsExactly("/meetings/" + meeting.id() + "/items/" + appeal.id());

		this.reviews.decide(meeting.id(), appeal.id(),
				new NewDecision(Outcome.PARTLY_SATISFIED, "Баға қайта қаралады.",
						List.of(ReviewFixtures.measure(false), ReviewFixtures.recommendation()), false, null, null),
				secretary);
		assertThat(waiting("decisionsToRecord", secretary)).doesNotContain(appeal.id());
		assertThat(waiting("draftsToWrite", executor)).contains(appeal.id());
		told(executor, "notification.work.decided", appeal);

		this.answers.submitDraft(appeal.id(), "Құрметті өтініш беруші, ...", executor);
		assertThat(waiting("draftsToWrite", executor)).doesNotContain(appeal.id());
		assertThat(waiting("draftsToApprove", dean)).contains(appeal.id());
		told(dean, "notification.work.draftSubmitted", appeal);

		this.answers.approve(appeal.id(), dean);
		assertThat(waiting("draftsToApprove", dean)).doesNotContain(appeal.id());
		assertThat(waiting("toDeliver", office)).contains(appeal.id());
		told(office, "notification.work.approved", appeal);

		this.answers.recordDelivery(appeal.id(), new DeliveryRecord(DeliveryMethod.IN_PERSON, LocalDate.now(),
				"Кеңсе Жұмыс", "Студент", null, null, null, null), office);
		assertThat(waiting("toDeliver", office)).doesNotContain(appeal.id());
	}

	@Test
	@DisplayName("REV-1: whoever approves a draft that awaits them is offered approval or return, not \"send to the dean\" as well")
	void theDeanIsOfferedOneMainAction() throws Exception {
		CurrentUser dean = this.fixtures.dean();
		Appeal appeal = this.fixtures.studentAppeal(Category.HOUSING);
		this.fixtures.routedAndChecked(appeal, "GM1-DOC");
		MeetingView meeting = this.fixtures.meetingWith("GM1-DOC", appeal.id(), this.fixtures.secretary());
		this.reviews.decide(meeting.id(), appeal.id(),
				new NewDecision(Outcome.PARTLY_SATISFIED, "Баға қайта қаралады.",
						List.of(ReviewFixtures.measure(false), ReviewFixtures.recommendation()), false, null, null),
				this.fixtures.secretary());
		this.answers.submitDraft(appeal.id(), "Жоба", this.fixtures.user("member"));
		String page = this.mvc
			.perform(get("/appeals/" + appeal.id() + "/answer?lang=en")
				.with(user(this.accounts.loadUserByUsername("dean"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/answer/approve").doesNotContain("/answer/draft\"");
	}

	@Test
	@DisplayName("REV-12: a decision that cannot be recorded yet says what is missing and links to where it is done, with the appeal's text at hand")
	void aBlockedDecisionSaysWhatIsMissing() throws Exception {
		Appeal appeal = this.fixtures.studentAppeal(Category.HOUSING);
		this.reviews.route(appeal.id(), "GM1-DOC", "member", this.fixtures.dean());
		MeetingView meeting = this.fixtures.meetingWith("GM1-DOC", appeal.id(), this.fixtures.secretary());
		String page = this.mvc
			.perform(get("/meetings/" + meeting.id() + "/items/" + appeal.id() + "?lang=ru")
				.with(user(this.accounts.loadUserByUsername("secretary"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("сначала перечислите доводы заявителя",
				"href=\"/appeals/" + appeal.id() + "/review#arguments\"", "Текст обращения", appeal.text());
		String review = this.mvc
			.perform(get("/appeals/" + appeal.id() + "/review?lang=ru")
				.with(user(this.accounts.loadUserByUsername("secretary"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(review).contains("id=\"arguments\"");
	}

	private List<UUID> waiting(String queue, CurrentUser user) {
		return this.work.queue(queue, user, 0, 500)
			.map(found -> found.items().stream().map(WorkItem::appealId).toList())
			.orElse(List.of());
	}

	private void told(CurrentUser user, String key, Appeal appeal) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.notifications.of(user.username(), 200)
				.stream()
				.filter(found -> found.messageKey().equals(key))
				.map(Notification::link)
				.anyMatch(link -> link.contains(appeal.id().toString())));
	}

}

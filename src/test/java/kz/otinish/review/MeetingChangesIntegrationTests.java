package kz.otinish.review;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import kz.otinish.appeal.Outcome;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.Category;
import kz.otinish.audit.AuditEntry;
import kz.otinish.audit.AuditTrail;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Meetings change before a decision is recorded: the agenda is edited, a meeting is
 * cancelled, and the protocol numbering stays gapless (a cancelled meeting keeps its
 * number with a "cancelled" protocol). H2 and PostgreSQL.
 */
@OtinishIntegrationTest
class MeetingChangesIntegrationTests {

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

	ReviewFixtures fixtures;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.fixtures = new ReviewFixtures(this.appeals, this.accounts, this.reviews);
		this.accounts.prefer("secretary", kz.otinish.shared.Language.KK);
	}

	@Test
	@DisplayName("REV-8 protocols: a meeting cancelled before any decision keeps its number (gapless), the next meeting takes the next number, nothing more is recorded at it; audited")
	void cancelledMeetingKeepsItsNumber() {
		CurrentUser secretary = this.fixtures.secretary();
		Appeal appeal = this.fixtures.routedAndChecked(this.fixtures.studentAppeal(Category.ASSESSMENT), "GM1-QAC");
		LocalDate day = LocalDate.of(3000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(6000), 5, 4);
		MeetingView first = this.reviews.scheduleMeeting("GM1-QAC", day, List.of(appeal.id()), secretary);
		assertThatThrownBy(() -> this.reviews.cancelMeeting(first.id(), " ", secretary)).isInstanceOf(Refused.class);
		assertThatThrownBy(() -> this.reviews.cancelMeeting(first.id(), "Кворум жоқ", this.fixtures.user("member")))
			.isInstanceOf(NotFound.class);
		MeetingView cancelled = this.reviews.cancelMeeting(first.id(), "Кворум жоқ", secretary);
		assertThat(cancelled.cancelled()).isTrue();
		assertThat(cancelled.cancelReason()).isEqualTo("Кворум жоқ");
		assertThat(cancelled.protocolNumber()).isEqualTo(1);
		assertThatThrownBy(() -> this.reviews.recordAttendance(first.id(), List.of("Егорова Анна Павловна"), secretary))
			.isInstanceOf(Refused.class);
		assertThatThrownBy(() -> this.reviews.cancelMeeting(first.id(), "Тағы", secretary)).isInstanceOf(Refused.class);
		MeetingView second = this.reviews.scheduleMeeting("GM1-QAC", day.plusDays(7), List.of(appeal.id()), secretary);
		assertThat(second.protocolNumber()).isEqualTo(2);
		assertThat(this.reviews.meetingsOf("GM1-QAC")
			.stream()
			.filter(meeting -> meeting.protocolYear() == day.getYear())
			.map(MeetingView::protocolNumber)).containsExactlyInAnyOrder(1, 2);
		assertThat(this.audit.of(first.id())).extracting(AuditEntry::action)
			.containsExactly("SCHEDULE_MEETING", "CANCEL_MEETING");
		assertThat(this.audit.of(appeal.id())).extracting(AuditEntry::action).contains("REMOVE_FROM_AGENDA");
	}

	@Test
	@DisplayName("REV-8 protocols: the agenda is edited before a decision (number kept); once a decision is recorded neither the agenda nor a cancellation is allowed")
	void agendaChangesUntilTheFirstDecision() {
		CurrentUser secretary = this.fixtures.secretary();
		Appeal first = this.fixtures.routedAndChecked(this.fixtures.studentAppeal(Category.ASSESSMENT), "GM1-QAC");
		Appeal second = this.fixtures.routedAndChecked(this.fixtures.studentAppeal(Category.ASSESSMENT), "GM1-QAC");
		MeetingView meeting = this.reviews.scheduleMeeting("GM1-QAC", LocalDate.now(), List.of(first.id()), secretary);
		MeetingView changed = this.reviews.updateAgenda(meeting.id(), List.of(second.id(), first.id()), secretary);
		assertThat(changed.agenda()).containsExactly(second.id(), first.id());
		assertThat(changed.protocol()).isEqualTo(meeting.protocol());
		assertThatThrownBy(() -> this.reviews.updateAgenda(meeting.id(), List.of(), secretary))
			.isInstanceOf(Refused.class);
		changed = this.reviews.updateAgenda(meeting.id(), List.of(first.id()), secretary);
		assertThat(changed.agenda()).containsExactly(first.id());
		List<String> everyone = this.reviews.membersOf(changed).stream().map(AttendanceView::fullName).toList();
		this.reviews.recordAttendance(meeting.id(), everyone, secretary);
		this.reviews.decide(meeting.id(), first.id(), new NewDecision(Outcome.EXPLAINED, "Түсіндірілді.",
				List.of(ReviewFixtures.measure(false)), false, null, null), secretary);
		assertThat(this.appeals.find(first.id()).orElseThrow().status()).isEqualTo(AppealStatus.DECIDED);
		assertThatThrownBy(() -> this.reviews.updateAgenda(meeting.id(), List.of(first.id(), second.id()), secretary))
			.isInstanceOf(Refused.class);
		assertThatThrownBy(() -> this.reviews.cancelMeeting(meeting.id(), "Кеш", secretary))
			.isInstanceOf(Refused.class);
		assertThat(this.audit.of(meeting.id())).extracting(AuditEntry::action).contains("UPDATE_AGENDA");
	}

	@Test
	@DisplayName("REV-8 protocols: the cancel page refuses a blank reason with the error summary, then cancels; the meeting page shows the cancelled protocol")
	void cancelFromThePage() throws Exception {
		CurrentUser secretary = this.fixtures.secretary();
		Appeal appeal = this.fixtures.routedAndChecked(this.fixtures.studentAppeal(Category.ASSESSMENT), "GM1-QAC");
		MeetingView meeting = this.reviews.scheduleMeeting("GM1-QAC", LocalDate.now(), List.of(appeal.id()), secretary);
		String path = "/meetings/" + meeting.id();
		String page = page(path, "secretary");
		assertThat(page).contains(path + "/cancel").contains(path + "/agenda");
		assertThat(page(path + "/agenda", "secretary")).contains(appeal.subject());
		String refused = this.mvc
			.perform(post(path + "/cancel").param("reason", " ")
				.with(user(this.accounts.loadUserByUsername("secretary")))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("ot-error-summary").contains("href=\"#reason\"");
		this.mvc
			.perform(post(path + "/cancel").param("reason", "Төраға ауырып қалды")
				.with(user(this.accounts.loadUserByUsername("secretary")))
				.with(csrf()))
			.andExpect(redirectedUrl(path + "?cancelled"));
		assertThat(page(path, "secretary")).contains("Болдырылмады")
			.contains("Төраға ауырып қалды")
			.doesNotContain(path + "/cancel");
		this.mvc.perform(get(path + "/agenda").with(user(this.accounts.loadUserByUsername("secretary"))))
			.andExpect(status().isNotFound());
	}

	String page(String path, String username) throws Exception {
		return this.mvc.perform(get(path).with(user(this.accounts.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}

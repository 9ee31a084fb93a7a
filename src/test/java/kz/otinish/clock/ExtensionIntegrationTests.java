package kz.otinish.clock;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.TestMailServer;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.audit.AuditEntry;
import kz.otinish.audit.AuditTrail;
import kz.otinish.calendar.DeadlineKind;
import kz.otinish.calendar.Deadlines;
import kz.otinish.calendar.WorkingDayCalendar;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.notification.Notifications;
import kz.otinish.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** DL-2 end to end: extending an appeal, the cap, the applicant's notice. */
@OtinishIntegrationTest
class ExtensionIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	@Autowired
	AppealExtensions extensions;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	Deadlines deadlines;

	@Autowired
	AuditTrail audit;

	@Autowired
	Notifications notifications;

	MockMvc mvc;

	CurrentUser student;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.accounts.ensureAccount("it-clock-dean", "secret", "Декан GM1", Role.DEAN, "GM1", null, null);
		this.accounts.ensureAccount("it-clock-office", "secret", "Деканат GM1", Role.DEANS_OFFICE, "GM1", null, null);
		this.student = this.accounts.ensureAccount("it-clock-student", "secret", "Дана Омарова", Role.STUDENT, "GM1",
				null, null);
	}

	Appeal filed(Language language, String email) {
		return this.appeals.fileOnline(ClockFixtures.application(this.student.id(), "GM1", language, email), List.of());
	}

	String page(String path, String username, String lang) throws Exception {
		return this.mvc.perform(get(path).param("lang", lang).with(user(this.accounts.loadUserByUsername(username))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	@DisplayName("DL-1, DL-2: the dean extends to the cap of 30 working days; the due date, history, audit and 'My appeals' show it; the applicant is told at once in Russian, within 3 working days")
	void deanExtendsToTheCapAndTheApplicantIsNotified() throws Exception {
		String email = ClockFixtures.uniqueEmail("dl2-ru");
		Appeal appeal = filed(Language.RU, email);
		// only the day of receipt is left out, also when it is not a working day
		LocalDate start = LocalDate.ofInstant(appeal.receivedAt(), java.time.ZoneId.of("Asia/Almaty"));
		LocalDate due = appeal.dueOn().orElseThrow();
		LocalDate cap = appeal.deadline(DeadlineKind.EXTENSION_CAP).orElseThrow().dueOn();
		assertThat(due).isEqualTo(this.calendar.addWorkingDays(start, 15));
		assertThat(cap).isEqualTo(this.calendar.addWorkingDays(start, 30));

		// the form shows the cap
		String form = page("/appeals/" + appeal.id() + "/extension", "it-clock-dean", "ru");
		assertThat(form).contains(Dates.day(cap)).contains("Продление срока рассмотрения");

		this.mvc
			.perform(post("/appeals/" + appeal.id() + "/extension").param("until", cap.toString())
				.param("reason", "Нужны документы из деканата")
				.with(csrf())
				.with(user(this.accounts.loadUserByUsername("it-clock-dean"))))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/appeals/" + appeal.id() + "?extended"));

		Appeal extended = this.appeals.find(appeal.id()).orElseThrow();
		assertThat(extended.dueOn()).contains(cap);
		List<ExtensionView> history = this.extensions.extensions(appeal.id());
		assertThat(history).singleElement().satisfies(extension -> {
			assertThat(extension.previousDue()).isEqualTo(due);
			assertThat(extension.newDue()).isEqualTo(cap);
			assertThat(extension.extendedBy()).isEqualTo("it-clock-dean");
			assertThat(extension.reason()).isEqualTo("Нужны документы из деканата");
			assertThat(extension.notifyBy())
				.isEqualTo(this.calendar.addWorkingDays(LocalDate.now(java.time.ZoneId.of("Asia/Almaty")), 3));
		});

		// the notice goes out at once, in the appeal's language, and is recorded as sent
		await().atMost(Duration.ofSeconds(20)).until(() -> this.extensions.extensions(appeal.id()).get(0).noticeSent());
		assertThat(ClockFixtures.subjects(email)).contains("Срок рассмотрения продлён: " + number(extended));
		assertThat(TestMailServer.to(email).stream().map(ClockFixtures::body))
			.anySatisfy(body -> assertThat(body).contains("продлён с " + Dates.day(due) + " до " + Dates.day(cap)));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.notifications.of("it-clock-student", 20))
				.anySatisfy(n -> assertThat(n.messageKey()).isEqualTo("notification.extended")));
		ExtensionView sent = this.extensions.extensions(appeal.id()).get(0);
		assertThat(
				sent.noticeLate(LocalDate.now(java.time.ZoneId.of("Asia/Almaty")), java.time.ZoneId.of("Asia/Almaty")))
			.isFalse();
		assertThat(this.audit.of(appeal.id())).extracting(AuditEntry::action).contains("EXTEND", "EXTENSION_NOTICE");

		// visible on the appeal's panel and in "My appeals"
		String panel = page("/appeals/" + appeal.id() + "/extensions/panel", "it-clock-student", "ru");
		assertThat(panel).contains("Нужны документы из деканата")
			.contains(Dates.day(due) + " → " + Dates.day(cap))
			.contains("Уведомлён");
		assertThat(page("/appeals/mine", "it-clock-student", "ru")).contains(Dates.day(cap)).contains("Срок продлён");
	}

	@Test
	@DisplayName("DL-2: an extension to 31 working days is refused, on the page (error summary, typed values kept) and in the API (409 problem, localized), and nothing changes")
	void extensionPastTheCapIsRefused() throws Exception {
		Appeal appeal = filed(Language.KK, ClockFixtures.uniqueEmail("dl2-cap"));
		LocalDate start = this.deadlines.clockStart(appeal.receivedAt());
		LocalDate cap = appeal.deadline(DeadlineKind.EXTENSION_CAP).orElseThrow().dueOn();
		LocalDate beyond = this.calendar.addWorkingDays(start, 31);

		String page = this.mvc
			.perform(post("/appeals/" + appeal.id() + "/extension").param("lang", "ru")
				.param("until", beyond.toString())
				.param("reason", "Сложный случай")
				.with(csrf())
				.with(user(this.accounts.loadUserByUsername("it-clock-office"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("ot-error-summary")
			.contains("Срок нельзя продлить далее " + Dates.day(cap))
			.contains("Сложный случай")
			.contains(beyond.toString());

		this.mvc
			.perform(post("/api/v1/appeals/" + appeal.id() + "/extensions").header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"until\":\"" + beyond + "\",\"reason\":\"Complex case\"}")
				.with(csrf())
				.with(user(this.accounts.loadUserByUsername("it-clock-dean"))))
			.andExpect(status().isConflict())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.detail")
				.value("The period cannot go past " + Dates.day(cap) + ": 30 working days from receipt."));

		assertThat(this.appeals.find(appeal.id()).orElseThrow().dueOn()).isEqualTo(appeal.dueOn());
		assertThat(this.extensions.extensions(appeal.id())).isEmpty();
	}

	@Test
	@DisplayName("DL-2: the API extends within the cap and lists the history; the applicant may read but not extend (404)")
	void apiExtendsAndTheApplicantCannot() throws Exception {
		Appeal appeal = filed(Language.EN, ClockFixtures.uniqueEmail("dl2-api"));
		LocalDate until = this.calendar.addWorkingDays(appeal.dueOn().orElseThrow(), 5);

		this.mvc
			.perform(post("/api/v1/appeals/" + appeal.id() + "/extensions").contentType(MediaType.APPLICATION_JSON)
				.content("{\"until\":\"" + until + "\",\"reason\":\"Awaiting the EPC meeting\"}")
				.with(csrf())
				.with(user(this.accounts.loadUserByUsername("it-clock-student"))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/appeals/" + appeal.id() + "/extensions").contentType(MediaType.APPLICATION_JSON)
				.content("{\"until\":\"" + until + "\",\"reason\":\"Awaiting the EPC meeting\"}")
				.with(csrf())
				.with(user(this.accounts.loadUserByUsername("it-clock-dean"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.newDue").value(until.toString()));
		this.mvc
			.perform(get("/api/v1/appeals/" + appeal.id() + "/extensions")
				.with(user(this.accounts.loadUserByUsername("it-clock-student"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dueOn").value(until.toString()))
			.andExpect(jsonPath("$.canExtend").value(false))
			.andExpect(jsonPath("$.extensions[0].reason").value("Awaiting the EPC meeting"));
	}

	@Test
	@DisplayName("DL-1: the applicant of a portal appeal is told of its registration in their language; an e-mail appeal is acknowledged by the mailbox only")
	void registrationIsAcknowledgedInTheApplicantsLanguage() {
		String email = ClockFixtures.uniqueEmail("reg-en");
		Appeal appeal = filed(Language.EN, email);
		await().atMost(Duration.ofSeconds(20)).until(() -> !ClockFixtures.subjects(email).isEmpty());
		assertThat(ClockFixtures.subjects(email)).containsExactly("Appeal registered: " + number(appeal));
	}

	static String number(Appeal appeal) {
		return appeal.registration().orElseThrow().number();
	}

}

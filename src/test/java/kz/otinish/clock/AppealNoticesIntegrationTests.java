package kz.otinish.clock;

import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.TestSteps;
import kz.otinish.appeal.Outcome;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import kz.otinish.notification.Notifications;
import kz.otinish.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Routing and decision notices in the recipient's language, in the app and by e-mail
 * (GreenMail); the overdue list for deans and officials.
 */
@OtinishIntegrationTest
class AppealNoticesIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	AppealManagement appeals;

	@Autowired
	Accounts accounts;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.accounts.ensureAccount("it-clock-dean", "secret", "Декан GM1", Role.DEAN, "GM1", null, null);
		this.accounts.ensureAccount("it-clock-dean-dent", "secret", "Декан DENT", Role.DEAN, "DENT", null, null);
		this.accounts.ensureAccount("it-clock-rector", "secret", "Ректор", Role.OFFICIAL, null, null, null);
		this.accounts.ensureAccount("it-clock-student", "secret", "Дана Омарова", Role.STUDENT, "GM1", null, null);
	}

	@Test
	@DisplayName("REV-1, DL-1: routing tells the applicant (English) and the executor (Kazakh, in the app too); the decision tells the applicant")
	void routingAndDecisionAreNotified() {
		String applicantEmail = ClockFixtures.uniqueEmail("routed-en");
		String executorEmail = ClockFixtures.uniqueEmail("exec");
		String executor = "it-clock-exec-" + executorEmail.substring(5, 13);
		this.accounts.ensureAccount(executor, "secret", "Орындаушы", Role.BODY_SECRETARY, "GM1", executorEmail, null);
		Appeal appeal = this.appeals.fileOnline(ClockFixtures.application(null, "GM1", Language.EN, applicantEmail),
				List.of());
		this.appeals.performAt(appeal.id(), new AppealCommand.StartTriage(), TestSteps.SYSTEM, Instant.now());
		this.appeals.performAt(appeal.id(), new AppealCommand.Route("EPC GM1", executor, "Орындаушы"), TestSteps.SYSTEM,
				Instant.now());
		String number = appeal.registration().orElseThrow().number();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(ClockFixtures.subjects(applicantEmail))
				.contains("Appeal sent for consideration: " + number));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(ClockFixtures.subjects(executorEmail))
				.containsExactly("Сізге өтініш тапсырылды: " + number));
		// the in-app note commits with the listener's transaction, just after the mail is
		// sent
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.notifications.of(executor, 10)).singleElement()
				.satisfies(n -> assertThat(n.messageKey()).isEqualTo("notification.assigned")));

		this.appeals.performAt(appeal.id(), TestSteps.decide(Outcome.SATISFIED), TestSteps.SYSTEM, Instant.now());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(ClockFixtures.subjects(applicantEmail)).contains("Decision on appeal: " + number));
		assertThat(ClockFixtures.subjects(applicantEmail)).containsExactlyInAnyOrder("Appeal registered: " + number,
				"Appeal sent for consideration: " + number, "Decision on appeal: " + number);
	}

	@Test
	@DisplayName("DL-1: the overdue list shows a dean their school's overdue appeals with working days overdue, officials every school, and as CSV; applicants get 404")
	void overdueListByScope() throws Exception {
		Appeal received = this.appeals.receive(
				ClockFixtures.application(null, "GM1", Language.KK, ClockFixtures.uniqueEmail("overdue")),
				Instant.parse("2026-03-10T05:00:00Z"));
		Appeal appeal = this.appeals.performAt(received.id(), new AppealCommand.Register(),
				TestSteps.registrar("Кеңсе"), Instant.parse("2026-03-10T05:00:00Z"));
		String number = appeal.registration().orElseThrow().number();

		String dean = page("/overdue", "it-clock-dean");
		assertThat(dean).contains(number).contains("жұмыс күні кешіктірілді").contains("03.04.2026");
		assertThat(page("/overdue", "it-clock-dean-dent")).doesNotContain(number);
		assertThat(page("/overdue", "it-clock-rector")).contains(number);
		assertThat(page("/overdue.csv", "it-clock-dean")).contains("\"" + number + "\"").contains("\"03.04.2026\";");
		this.mvc.perform(get("/overdue").with(user(this.accounts.loadUserByUsername("it-clock-student"))))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("DL-1: the overdue list as XLSX opens with POI: a header in the reader's language, the dean's overdue appeal with its due date and working days; applicants get 404")
	void overdueListAsXlsx() throws Exception {
		Appeal received = this.appeals.receive(
				ClockFixtures.application(null, "GM1", Language.KK, ClockFixtures.uniqueEmail("overdue-xlsx")),
				Instant.parse("2026-03-10T05:00:00Z"));
		Appeal appeal = this.appeals.performAt(received.id(), new AppealCommand.Register(),
				TestSteps.registrar("Кеңсе"), Instant.parse("2026-03-10T05:00:00Z"));
		String number = appeal.registration().orElseThrow().number();

		// its own dean: ?lang=en also stores the account's preferred language
		this.accounts.ensureAccount("it-clock-dean-xlsx", "secret", "Декан GM1", Role.DEAN, "GM1", null, null);
		var response = this.mvc
			.perform(get("/overdue.xlsx").param("lang", "en")
				.with(user(this.accounts.loadUserByUsername("it-clock-dean-xlsx"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType())
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(response.getContentAsByteArray()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Registration number");
			assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Due on");
			org.apache.poi.ss.usermodel.Row found = null;
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				if (number.equals(sheet.getRow(i).getCell(0).getStringCellValue())) {
					found = sheet.getRow(i);
				}
			}
			assertThat(found).as("row for %s", number).isNotNull();
			assertThat(found.getCell(2).getStringCellValue()).isEqualTo("GM1");
			assertThat(found.getCell(4).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(java.time.LocalDate.of(2026, 4, 3));
			assertThat(found.getCell(5).getNumericCellValue()).isPositive();
			assertThat(found.getCell(6).getStringCellValue()).isEqualTo("yes");
			// only the dean's school: nothing of another school
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				assertThat(sheet.getRow(i).getCell(2).getStringCellValue()).isEqualTo("GM1");
			}
		}
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(this.mvc
			.perform(get("/overdue.xlsx").with(user(this.accounts.loadUserByUsername("it-clock-dean-dent"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray()))) {
			var sheet = workbook.getSheetAt(0);
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				assertThat(sheet.getRow(i).getCell(0).getStringCellValue()).isNotEqualTo(number);
			}
		}
		this.mvc.perform(get("/overdue.xlsx").with(user(this.accounts.loadUserByUsername("it-clock-student"))))
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

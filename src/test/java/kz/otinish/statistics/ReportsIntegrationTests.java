package kz.otinish.statistics;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import kz.otinish.MutableClock;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Outcome;
import kz.otinish.appeal.TestSteps;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * STAT-1: the school council's report (figures, top categories, the measures and
 * recommendations of REV-8..REV-10 with their status, the dean's analysis written in
 * Otinish and audited) and the accreditation report, as page, PDF and XLSX in kk, ru and
 * en. Each test takes a February no other test uses.
 */
@OtinishIntegrationTest
class ReportsIntegrationTests {

	/**
	 * Each test its own year, far from any other test's and new on every run, so that
	 * their appeals never meet, also on a database kept from an earlier run.
	 */
	final int year = 2100 + 3 * java.util.concurrent.ThreadLocalRandom.current().nextInt(250);

	/** The period of the test's known set. */
	String period;

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	MockMvc mvc;

	UserDetails dean;

	UserDetails analyst;

	UserDetails otherDean;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.accounts.ensureAccount("it-report-dean", "secret", "Есеп Деканы", Role.DEAN, "PHARM", null, null);
		this.accounts.ensureAccount("it-report-dean2", "secret", "Басқа Декан", Role.DEAN, "PED", null, null);
		this.accounts.ensureAccount("it-report-analyst", "secret", "Есеп Талдаушысы", Role.ANALYST, null, null, null);
		this.dean = this.accounts.loadUserByUsername("it-report-dean");
		this.otherDean = this.accounts.loadUserByUsername("it-report-dean2");
		this.analyst = this.accounts.loadUserByUsername("it-report-analyst");
	}

	/**
	 * PHARM: two decided appeals, one with a measure done and a recommendation overdue.
	 */
	void buildTheKnownSet(int year) {
		this.period = "from=" + year + "-02-01&to=" + year + "-02-" + LocalDate.of(year, 2, 1).lengthOfMonth();
		this.clock.set(Instant.parse(year + "-02-06T04:00:00Z"));
		Appeal first = decided(Outcome.SATISFIED, year);
		decided(Outcome.NOT_SATISFIED, year);
		action(first.id(), "MEASURE", 1, "Емтихан бағасын қайта қарау", LocalDate.of(year, 2, 20),
				Instant.parse(year + "-02-15T06:00:00Z"));
		action(first.id(), "RECOMMENDATION", 2, "Бағалау өлшемдерін студенттерге алдын ала жариялау",
				LocalDate.of(year, 3, 1), null);
		this.clock.set(Instant.parse(year + "-03-10T04:00:00Z"));
	}

	@Test
	@DisplayName("STAT-1, REV-8, REV-10: the council report of a school: figures, top categories, measures with their status, the dean's analysis (audited) as page, PDF and XLSX")
	void councilReport() throws Exception {
		int y = this.year;
		buildTheKnownSet(y);
		String page = page("/statistics/council?" + this.period + "&lang=ru", this.dean);
		assertThat(page).contains("Отчёт для совета школы", "Самые частые категории", "Методы и критерии оценивания",
				"Меры и рекомендации", "Всего 2, не исполнено 1, просрочено 1", "Исполнено 15.02." + y, "Просрочено",
				"Анализ декана");

		this.mvc
			.perform(post("/statistics/council/analysis").param("from", y + "-02-01")
				.param("to", y + "-02-" + LocalDate.of(y, 2, 1).lengthOfMonth())
				.param("analysis", "Шағымдардың жартысы бағалауға қатысты; өлшемдер алдын ала жарияланады.")
				.with(csrf())
				.with(user(this.dean)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select count(*) from audit_entry where action = 'ANALYSIS_WRITTEN'")
			.query(Long.class)
			.single()).isPositive();
		// another school's dean writes nothing here: their own report is their school's
		assertThat(page("/statistics/council?" + this.period + "&school=PHARM&lang=kk", this.otherDean))
			.doesNotContain("Шағымдардың жартысы");

		byte[] pdf = download("/statistics/council.pdf?" + this.period + "&school=PHARM&lang=kk", this.analyst);
		String text;
		try (var document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document);
		}
		assertThat(text).contains("Мектеп кеңесіне есеп", "Фармация", "Шағымдардың жартысы бағалауға қатысты",
				"Бағалау өлшемдерін", "Мерзімі өтті");

		byte[] xlsx = download("/statistics/council.xlsx?" + this.period + "&school=PHARM&lang=en", this.analyst);
		List<String> cells = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getSheetAt(0)) {
				for (Cell cell : row) {
					cells.add(cell.toString());
				}
			}
		}
		assertThat(cells).contains("Key figures", "Received", "2.0", "Measures and recommendations", "Overdue",
				"The dean's analysis");
		// the analyst must name a school
		this.mvc.perform(get("/statistics/council?" + this.period).with(user(this.analyst)))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("STAT-1: the accreditation report sets the schools side by side: intake by channel, outcomes, in time, repeats, reversals; page, PDF, XLSX and API")
	void accreditationReport() throws Exception {
		buildTheKnownSet(this.year + 1);
		String page = page("/statistics/accreditation?" + this.period + "&lang=kk", this.analyst);
		assertThat(page).contains("Аккредиттеуге арналған есеп", "Шешімді өзгерткен шағымдар үлесі");
		byte[] pdf = download("/statistics/accreditation.pdf?" + this.period + "&lang=ru", this.analyst);
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Отчёт для аккредитации", "Доля повторных");
		}
		String api = this.mvc
			.perform(get("/api/v1/statistics/accreditation?" + this.period).header("Accept-Language", "en")
				.with(user(this.analyst)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(api).contains("\"headings\"", "Share repeated");
		// a dean's report of every school is their own school's line only
		String deans = page("/statistics/accreditation?" + this.period + "&lang=ru", this.dean);
		assertThat(deans).contains("Школа фармации").doesNotContain("Школа педиатрии");
	}

	Appeal decided(Outcome outcome, int year) {
		Appeal appeal = this.appeals.fileOnline(AppealFixtures.studentApplication(null, "PHARM"), List.of());
		Instant now = this.clock.instant();
		this.appeals.performAt(appeal.id(), new AppealCommand.StartTriage(), TestSteps.SYSTEM, now);
		this.appeals.performAt(appeal.id(), TestSteps.route("EPC"), TestSteps.SYSTEM, now);
		this.appeals.performAt(appeal.id(), TestSteps.decide(outcome, LocalDate.of(year, 2, 8)), TestSteps.SYSTEM, now);
		return appeal;
	}

	void action(UUID appealId, String kind, int order, String text, LocalDate due, Instant doneAt) {
		this.jdbc.sql("""
				insert into review_action (id, appeal_id, action_kind, sort_order, addressee, action_text, responsible,
				due_on, disciplinary, done_at, done_note) values (?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?)""")
			.params(UUID.randomUUID(), appealId, kind, order, "Кафедра", text, "Кафедра меңгерушісі", due,
					doneAt == null ? null : Timestamp.from(doneAt), doneAt == null ? null : "Орындалды")
			.update();
	}

	String page(String path, UserDetails who) throws Exception {
		return this.mvc.perform(get(path).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	byte[] download(String path, UserDetails who) throws Exception {
		return this.mvc.perform(get(path).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}

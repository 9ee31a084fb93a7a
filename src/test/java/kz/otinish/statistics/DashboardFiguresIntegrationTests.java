package kz.otinish.statistics;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.otinish.MutableClock;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Addressee;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Channel;
import kz.otinish.shared.Language;
import kz.otinish.appeal.NewAppeal;
import kz.otinish.appeal.Outcome;
import kz.otinish.appeal.RepeatGround;
import kz.otinish.appeal.TestSteps;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * STAT-1: a known set of appeals in February of a year no other test uses gives exact
 * figures on the dashboard, page and API, on H2 and on PostgreSQL; every figure equals
 * the count of the list behind it; the XLSX export holds the same numbers; a dean is not
 * shown the appeal they are the subject of, in figures or lists.
 */
@OtinishIntegrationTest
class DashboardFiguresIntegrationTests {

	/**
	 * Each test its own year, far from any other test's and new on every run, so that
	 * their appeals never meet, also on a database kept from an earlier run.
	 */
	final int year = 2100 + 3 * java.util.concurrent.ThreadLocalRandom.current().nextInt(250);

	/** The period of the test's known set. */
	String period;

	Instant received;

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	@Autowired
	MutableClock clock;

	@Autowired
	kz.otinish.calendar.WorkingDayCalendar calendar;

	final JsonMapper json = JsonMapper.builder().build();

	MockMvc mvc;

	UserDetails analyst;

	UserDetails dean;

	UserDetails student;

	CurrentUser deanUser;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.accounts.ensureAccount("it-stat-analyst", "secret", "Талдаушы", Role.ANALYST, null, null, null);
		this.deanUser = this.accounts.ensureAccount("it-stat-dean", "secret", "Стоматология деканы", Role.DEAN, "DENT",
				null, null);
		this.accounts.ensureAccount("it-stat-student", "secret", "Студент", Role.STUDENT, "DENT", null, null);
		this.analyst = this.accounts.loadUserByUsername("it-stat-analyst");
		this.dean = this.accounts.loadUserByUsername("it-stat-dean");
		this.student = this.accounts.loadUserByUsername("it-stat-student");
	}

	/**
	 * DENT, received on 2 February of the year: a1 satisfied, answered in time, the
	 * applicant agreed; a2 not satisfied, answered late, complained about: c1, the
	 * complaint, partly satisfied (it changed the decision); a3 returned (DL-3); a4
	 * extended (DL-2), repeated (REV-11 ground), open; a5 an e-mail not yet registered;
	 * a6 about the DENT dean (conflict of interest), open. GM1: g1, open. Then the clock
	 * runs to 15 April, when c1, a4, a6 and g1 are overdue.
	 */
	void buildTheKnownSet(int year) {
		this.period = "from=" + year + "-02-01&to=" + year + "-02-" + LocalDate.of(year, 2, 1).lengthOfMonth();
		this.received = Instant.parse(year + "-02-02T04:00:00Z");
		this.clock.set(this.received);
		Appeal a1 = file("DENT");
		walkToDecision(a1, Outcome.SATISFIED);
		step(a1, new AppealCommand.Deliver("қолма-қол", LocalDate.of(year, 2, 10)));
		step(a1, new AppealCommand.Close(true));

		Appeal a2 = file("DENT");
		walkToDecision(a2, Outcome.NOT_SATISFIED);
		step(a2, new AppealCommand.Deliver("пошта", LocalDate.of(year, 3, 31)));
		Appeal c1 = this.appeals.fileOnline(new NewAppeal(AppealKind.COMPLAINT, Channel.PORTAL,
				AppealFixtures.student(), false, false, null, List.of(), "DENT", Addressee.RECTOR, Category.ASSESSMENT,
				"Шешімге шағым", "Шешіммен келіспеймін.", Language.KK, null, null, a2.id(), "Шешім", null), List.of());
		walkToDecision(c1, Outcome.PARTLY_SATISFIED);

		Appeal a3 = file("DENT");
		step(a3, new AppealCommand.StartTriage());
		step(a3, new AppealCommand.ReturnWithoutConsideration("Мазмұны жоқ."));

		Appeal a4 = file("DENT");
		step(a4, new AppealCommand.StartTriage());
		// a working day after the 15-day period, before the 30-day cap (DL-2)
		step(a4, new AppealCommand.ExtendReview(this.calendar.firstWorkingDayOnOrAfter(LocalDate.of(year, 3, 9)),
				"Қосымша тексеру."));
		step(a4, new AppealCommand.MarkRepeated(a1.id(), RepeatGround.DECISION_CONTESTED));

		this.appeals.receive(AppealFixtures.anonymousLetter("DENT"), this.received);

		Appeal a6 = file("DENT");
		step(a6, new AppealCommand.RecordSubject("Стоматология деканы", this.deanUser.id(), this.deanUser.username(),
				null));

		file("GM1");
		this.clock.set(Instant.parse(year + "-04-15T04:00:00Z"));
	}

	@Test
	@DisplayName("STAT-1: the figures of a known set are exact, and each equals the count of its list (DL-1, DL-2, DL-3, DL-4, REV-8, REV-11)")
	void figuresAreExactAndEqualTheirLists() throws Exception {
		buildTheKnownSet(this.year);
		JsonNode school = dashboard(this.analyst, this.period + "&school=DENT");
		Map<String, Long> figures = figures(school);
		assertThat(figures).containsEntry("received", 7L)
			.containsEntry("registered", 6L)
			.containsEntry("answered", 2L)
			.containsEntry("inTime", 1L)
			.containsEntry("late", 1L)
			.containsEntry("extended", 1L)
			.containsEntry("overdue", 3L)
			.containsEntry("repeated", 1L)
			.containsEntry("complaints", 1L)
			.containsEntry("changed", 1L)
			.containsEntry("agreed", 1L)
			.containsEntry("complained", 1L);
		assertThat(rows(school, "kind")).containsEntry("Заявление", 6L).containsEntry("Жалоба", 1L);
		assertThat(rows(school, "channel")).containsEntry("Портал", 6L);
		assertThat(rows(school, "outcome")).containsEntry("Удовлетворено", 1L)
			.containsEntry("Удовлетворено частично", 1L)
			.containsEntry("Не удовлетворено", 1L);
		assertThat(school.get("bySchool").isNull()).isTrue();

		// every figure and every row of every breakdown equals the count of its list
		for (JsonNode figure : school.get("headline")) {
			if (!figure.get("key").asString().equals("median") && !figure.get("key").asString().equals("p90")) {
				assertThat(listCount(this.analyst, figure.get("href").asString())).as(figure.get("label").asString())
					.isEqualTo(figure.get("value").asLong());
			}
		}
		for (JsonNode breakdown : school.get("breakdowns")) {
			for (JsonNode row : breakdown.get("rows")) {
				assertThat(listCount(this.analyst, row.get("href").asString()))
					.as(breakdown.get("title").asString() + ": " + row.get("label").asString())
					.isEqualTo(row.get("count").asLong());
			}
		}

		// every school side by side: DENT and GM1 as rows, their cells equal their lists
		JsonNode all = dashboard(this.analyst, this.period);
		assertThat(figures(all).get("received")).isGreaterThanOrEqualTo(8L);
		for (JsonNode row : all.get("bySchool").get("rows")) {
			for (JsonNode cell : row.get("cells")) {
				String text = cell.get("text").asString();
				if (text.chars().allMatch(Character::isDigit)) {
					assertThat(listCount(this.analyst, cell.get("href").asString())).isEqualTo(Long.parseLong(text));
				}
			}
		}

		// the dean of DENT: their school, without the appeal they are the subject of
		JsonNode deans = dashboard(this.dean, this.period + "&school=GM1");
		assertThat(figures(deans)).containsEntry("received", 6L).containsEntry("overdue", 2L);
		assertThat(deans.get("school").asString()).isEqualTo("DENT");
		for (JsonNode figure : deans.get("headline")) {
			if (!figure.get("key").asString().equals("median") && !figure.get("key").asString().equals("p90")) {
				assertThat(listCount(this.dean, figure.get("href").asString())).isEqualTo(figure.get("value").asLong());
			}
		}
	}

	@Test
	@DisplayName("STAT-1: the dashboard page shows the figures in words with links to their lists; the XLSX export holds the same numbers; applicants may not see it")
	void pageAndExport() throws Exception {
		int y = this.year + 1;
		buildTheKnownSet(y);
		String page = this.mvc
			.perform(get("/statistics?" + this.period + "&school=DENT&lang=kk").with(user(this.analyst)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page)
			.contains("Статистика және талдау",
					"Кезең: 01.02." + y + " — " + LocalDate.of(y, 2, 1).lengthOfMonth() + ".02." + y, "Түскені",
					"Мерзімінде жауап берілгені",
					"/statistics/appeals?" + this.period.replace("&", "&amp;")
							+ "&amp;school=DENT&amp;answered=IN_TIME")
			.doesNotContain("Емтихан бағасымен келіспеймін", "IN_TIME</", "PARTLY_SATISFIED<");

		byte[] xlsx = this.mvc
			.perform(get("/statistics.xlsx?" + this.period + "&school=DENT&lang=ru").with(user(this.analyst)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Map<String, Double> sheet = new LinkedHashMap<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getSheetAt(0)) {
				if (row.getRowNum() > 0 && row.getCell(2) != null
						&& row.getCell(2).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
					sheet.put(row.getCell(0).getStringCellValue() + " / " + row.getCell(1).getStringCellValue(),
							row.getCell(2).getNumericCellValue());
				}
			}
		}
		assertThat(sheet).containsEntry("Основные показатели / Поступило", 7.0)
			.containsEntry("Основные показатели / Ответ дан в срок", 1.0)
			.containsEntry("Основные показатели / Жалобы, изменившие решение", 1.0)
			.containsEntry("По виду / Жалоба", 1.0);

		String list = this.mvc
			.perform(get("/statistics/appeals?" + this.period + "&school=DENT&answered=LATE&lang=ru")
				.with(user(this.analyst)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains("Всего обращений: 1", "Ответ дан с нарушением срока", "31.03." + y)
			.doesNotContain("Емтихан бағасымен келіспеймін");

		this.mvc.perform(get("/statistics").with(user(this.student))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/statistics").with(user(this.student))).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("The staff list and GET /api/v1/appeals take the same filters, kept in the address: school, category, period, overdue (DL-1, DL-2)")
	void listsTakeTheFilters() throws Exception {
		int y = this.year + 2;
		buildTheKnownSet(y);
		this.accounts.ensureAccount("it-stat-registrar", "secret", "Тіркеуші", Role.REGISTRAR, null, null, null);
		UserDetails registrar = this.accounts.loadUserByUsername("it-stat-registrar");
		String api = this.mvc
			.perform(get("/api/v1/appeals?" + this.period + "&school=DENT&overdue=true&size=50").with(user(registrar)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// c1 (decided, not answered), a4 (extended) and a6: open with their periods over
		assertThat(this.json.readTree(api).get("items").size()).isEqualTo(3);
		String complaints = this.mvc
			.perform(get("/api/v1/appeals?" + this.period + "&school=DENT&kind=COMPLAINT").with(user(registrar)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(this.json.readTree(complaints).get("items").size()).isEqualTo(1);
		String page = this.mvc
			.perform(get("/appeals?" + this.period + "&school=DENT&category=ASSESSMENT&overdue=true&lang=ru")
				.with(user(registrar)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(java.util.regex.Pattern.compile("href=\"/appeals/[0-9a-f-]{36}\"").matcher(page).results().count())
			.isEqualTo(3);
		assertThat(page).contains("value=\"" + y + "-02-01\"", "<option value=\"DENT\" selected=\"selected\"");
		// the same list as a workbook: its three appeals, labels in the reader's
		// language, the
		// applicant's name
		byte[] xlsx = this.mvc
			.perform(get("/appeals.xlsx?" + this.period + "&school=DENT&category=ASSESSMENT&overdue=true&lang=ru")
				.with(user(registrar)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Регистрационный номер");
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Әлия Нұрланқызы Сейітова");
			assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Методы и критерии оценивания");
		}
		// the journal of the period with the applicants' names (TERM-8)
		byte[] journal = this.mvc
			.perform(get("/journal.xlsx?journal=DENT&" + this.period + "&lang=kk").with(user(registrar)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(journal))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(5);
			assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Өтініш беруші");
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				assertThat(sheet.getRow(i).getCell(5).getStringCellValue()).isEqualTo("Әлия Нұрланқызы Сейітова");
			}
		}
		String other = this.mvc
			.perform(get("/api/v1/appeals?from=" + y + "-03-01&to=" + y + "-03-31&school=DENT").with(user(registrar)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(this.json.readTree(other).get("items").size()).isZero();
	}

	Appeal file(String school) {
		return this.appeals.fileOnline(AppealFixtures.studentApplication(null, school), List.of());
	}

	void walkToDecision(Appeal appeal, Outcome outcome) {
		step(appeal, new AppealCommand.StartTriage());
		step(appeal, TestSteps.route("EPC"));
		step(appeal, TestSteps.decide(outcome, LocalDate.ofInstant(this.clock.instant(), this.clock.getZone())));
	}

	void step(Appeal appeal, AppealCommand command) {
		this.appeals.performAt(appeal.id(), command, TestSteps.SYSTEM, this.clock.instant());
	}

	JsonNode dashboard(UserDetails who, String query) throws Exception {
		String body = this.mvc
			.perform(get("/api/v1/statistics?" + query).header("Accept-Language", "ru").with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return this.json.readTree(body);
	}

	long listCount(UserDetails who, String href) throws Exception {
		String query = href.substring(href.indexOf('?') + 1);
		String body = this.mvc
			.perform(get("/api/v1/statistics/appeals?" + java.net.URLDecoder.decode(query, StandardCharsets.UTF_8))
				.with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return this.json.readTree(body).get("count").asLong();
	}

	static Map<String, Long> figures(JsonNode dashboard) {
		Map<String, Long> figures = new LinkedHashMap<>();
		for (JsonNode figure : dashboard.get("headline")) {
			figures.put(figure.get("key").asString(), figure.get("value").asLong());
		}
		return figures;
	}

	static Map<String, Long> rows(JsonNode dashboard, String key) {
		Map<String, Long> rows = new LinkedHashMap<>();
		List<JsonNode> breakdowns = new ArrayList<>();
		dashboard.get("breakdowns").forEach(breakdowns::add);
		breakdowns.stream()
			.filter(breakdown -> breakdown.get("key").asString().equals(key))
			.findFirst()
			.orElseThrow()
			.get("rows")
			.forEach(row -> rows.put(row.get("label").asString(), row.get("count").asLong()));
		return rows;
	}

}

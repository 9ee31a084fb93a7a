package kz.otinish.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * The calendar in the running application: shipped years loaded, the API for everyone
 * signed in, and an administrator's correction that the next deadline computation follows
 * (DL-1). Years 2091 and 2092 belong to this test alone.
 */
@OtinishIntegrationTest
class CalendarIntegrationTests {

	static final String ADMIN = "calendar-it-admin";

	static final String STUDENT = "calendar-it-student";

	static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Deadlines deadlines;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	CalendarAdministration administration;

	@Autowired
	CalendarStore store;

	@Autowired
	WebApplicationContext context;

	@BeforeEach
	void accounts() {
		this.accounts.ensureAccount(ADMIN, "demo", "Calendar Administrator", Role.ADMIN, null, null, null);
		this.accounts.ensureAccount(STUDENT, "demo", "Calendar Student", Role.STUDENT, null, null, null);
	}

	RestClient http(String username) {
		return RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeader("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)))
			.build();
	}

	record Response(HttpStatusCode status, String contentType, String body) {
	}

	static Response exchange(RestClient.RequestHeadersSpec<?> request) {
		return request
			.exchange((req, res) -> new Response(res.getStatusCode(), String.valueOf(res.getHeaders().getContentType()),
					new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
	}

	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ALMATY).toInstant();
	}

	MockMvc mvc() {
		return MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	UserDetails signedIn(String username) {
		return this.accounts.loadUserByUsername(username);
	}

	CurrentUser admin() {
		return this.accounts.byUsername(ADMIN).orElseThrow();
	}

	@Test
	@DisplayName("Shipped years are in the database after start-up, loading again changes nothing")
	void shippedYearsAreLoaded() {
		assertThat(this.calendar.coverage(2025)).isEqualTo(Coverage.DATA);
		assertThat(this.calendar.coverage(2026)).isEqualTo(Coverage.DATA);
		assertThat(this.calendar.coverage(2027)).isEqualTo(Coverage.DATA);
		assertThat(this.store.isStored(2026)).isTrue();
		int days = this.store.days(2025).size();
		this.store.run(null);
		assertThat(this.store.days(2025)).hasSize(days);
		assertThat(this.administration.changes(2025)).filteredOn(c -> c.type() == ChangeType.YEAR_LOADED).hasSize(1);
	}

	@Test
	@DisplayName("API: working days between and added, DL-1 on the shipped 2026 data")
	void workingDayQuestions() {
		String count = http(STUDENT).get()
			.uri("/api/v1/calendar/working-days?from=2026-03-20&to=2026-03-31")
			.retrieve()
			.body(String.class);
		assertThat(count).contains("\"workingDays\":4");
		String added = http(STUDENT).get()
			.uri("/api/v1/calendar/add-working-days?from=2026-11-25&days=15")
			.retrieve()
			.body(String.class);
		assertThat(added).contains("\"result\":\"2026-12-17\"");
		String year = http(STUDENT).get().uri("/api/v1/calendar/years/2026").retrieve().body(String.class);
		assertThat(year).contains("\"coverage\":\"DATA\"")
			.contains("\"date\":\"2026-05-27\"")
			.contains("\"kind\":\"RELIGIOUS_DAY_OFF\"")
			.contains("\"status\":\"ANNOUNCED\"");
		String fallback = http(STUDENT).get().uri("/api/v1/calendar/years/2095").retrieve().body(String.class);
		assertThat(fallback).contains("\"coverage\":\"STATUTORY_FALLBACK\"").contains("\"workingWeekendDays\":[]");
	}

	@Test
	@DisplayName("The calendar API is described in the OpenAPI document")
	void openApi() {
		String document = http(STUDENT).get().uri("/v3/api-docs").retrieve().body(String.class);
		assertThat(document).contains("/api/v1/calendar/working-days")
			.contains("/api/v1/calendar/add-working-days")
			.contains("/api/v1/calendar/years/{year}")
			.contains("/api/v1/admin/calendar/days/{date}")
			.contains("Count working days")
			.contains("STATUTORY_FALLBACK")
			.doesNotContain("CurrentUser");
	}

	@Test
	@DisplayName("API: bad input is problem+json with a localized detail")
	void badInputIsAProblem() {
		Response fromAfterTo = exchange(http(STUDENT).get()
			.uri("/api/v1/calendar/working-days?from=2026-03-31&to=2026-03-20")
			.header("Accept-Language", "ru"));
		assertThat(fromAfterTo.status().value()).isEqualTo(400);
		assertThat(fromAfterTo.contentType()).startsWith("application/problem+json");
		assertThat(fromAfterTo.body())
			.contains("Начальная дата (2026-03-31) не может быть позже конечной (2026-03-20).");

		Response tooManyDays = exchange(http(STUDENT).get()
			.uri("/api/v1/calendar/add-working-days?from=2026-11-25&days=400")
			.header("Accept-Language", "kk"));
		assertThat(tooManyDays.status().value()).isEqualTo(400);
		assertThat(tooManyDays.contentType()).startsWith("application/problem+json");
		assertThat(tooManyDays.body())
			.contains("Жұмыс күндерінің саны 0 мен 365 аралығында болуы керек, ал 400 берілді.");

		Response badYear = exchange(
				http(STUDENT).get().uri("/api/v1/calendar/years/3000").header("Accept-Language", "en"));
		assertThat(badYear.status().value()).isEqualTo(400);
		assertThat(badYear.body()).contains("Year 3000 is not supported");

		Response malformed = exchange(http(STUDENT).get()
			.uri("/api/v1/calendar/add-working-days?from=yesterday&days=3")
			.header("Accept-Language", "en"));
		assertThat(malformed.status().value()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("application/problem+json");
	}

	@Test
	@DisplayName("DL-1: an administrator adds a holiday over the API; the review deadline of a receipt the day before moves by one day")
	void adminAddsAHolidayOverTheApi() {
		exchange(http(ADMIN).delete().uri("/api/v1/admin/calendar/days/2091-06-13")); // a
																						// rerun
																						// on
																						// PostgreSQL
		Instant receipt = at("2091-06-12T10:00");
		assertThat(this.deadlines.review(receipt).dueOn()).isEqualTo(LocalDate.of(2091, 7, 3));

		Response saved = exchange(http(ADMIN).put()
			.uri("/api/v1/admin/calendar/days/2091-06-13")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"kind":"HOLIDAY","name":"A holiday by decree","status":"ANNOUNCED","sources":["Decree No. 1 (test)"]}"""));
		assertThat(saved.status().value()).isEqualTo(200);
		assertThat(saved.body()).contains("\"date\":\"2091-06-13\"");

		assertThat(this.deadlines.review(receipt).dueOn()).isEqualTo(LocalDate.of(2091, 7, 4));
		assertThat(this.calendar.coverage(2091)).isEqualTo(Coverage.DATA);
		String year = http(ADMIN).get().uri("/api/v1/admin/calendar/years/2091").retrieve().body(String.class);
		assertThat(year).contains("\"type\":\"ADDED\"")
			.contains("\"changedBy\":\"" + ADMIN + "\"")
			.contains("\"type\":\"YEAR_CREATED\"");

		Response removed = exchange(http(ADMIN).delete().uri("/api/v1/admin/calendar/days/2091-06-13"));
		assertThat(removed.status().value()).isEqualTo(204);
		assertThat(this.deadlines.review(receipt).dueOn()).isEqualTo(LocalDate.of(2091, 7, 3));
		String log = http(ADMIN).get().uri("/api/v1/admin/calendar/years/2091").retrieve().body(String.class);
		assertThat(log).contains("\"type\":\"REMOVED\"").contains("\"type\":\"ADDED\"");
	}

	@Test
	@DisplayName("Admin API: invalid fields are listed in the problem, an inconsistent day is refused, a non-admin gets 403")
	void adminApiGuards() {
		Response invalid = exchange(http(ADMIN).put()
			.uri("/api/v1/admin/calendar/days/2091-06-20")
			.header("Accept-Language", "ru")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"kind\":\"HOLIDAY\",\"status\":\"VERIFIED\"}"));
		assertThat(invalid.status().value()).isEqualTo(400);
		assertThat(invalid.body()).contains("\"field\":\"name\"").contains("Укажите название.");

		Response inconsistent = exchange(http(ADMIN).put()
			.uri("/api/v1/admin/calendar/days/2091-06-20")
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"kind\":\"WORKING_WEEKEND_DAY\",\"name\":\"x\",\"status\":\"VERIFIED\"}"));
		assertThat(inconsistent.status().value()).isEqualTo(409);
		assertThat(inconsistent.body()).contains("2091-06-20 is not a Saturday or Sunday");

		Response forbidden = exchange(http(STUDENT).put()
			.uri("/api/v1/admin/calendar/days/2091-06-20")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"kind\":\"HOLIDAY\",\"name\":\"x\",\"status\":\"VERIFIED\"}"));
		assertThat(forbidden.status().value()).isEqualTo(403);
		assertThat(exchange(http(STUDENT).get().uri("/api/v1/admin/calendar/years/2026")).status().value())
			.isEqualTo(403);
	}

	@Test
	@DisplayName("DL-1: an administrator adds a holiday through the /admin/calendar form; the deadline moves by one day")
	void adminAddsAHolidayThroughTheForm() throws Exception {
		if (this.calendar.year(2092).find(LocalDate.of(2092, 6, 12)).isPresent()) {
			this.administration.removeDay(LocalDate.of(2092, 6, 12), admin()); // a rerun
																				// on
																				// PostgreSQL
		}
		Instant receipt = at("2092-06-11T16:30");
		assertThat(this.deadlines.review(receipt).dueOn()).isEqualTo(LocalDate.of(2092, 7, 2));

		mvc()
			.perform(post("/admin/calendar/days").with(user(signedIn(ADMIN)))
				.with(csrf())
				.param("date", "2092-06-12")
				.param("kind", "HOLIDAY")
				.param("holiday", "")
				.param("name", "A holiday by decree")
				.param("status", "ANNOUNCED")
				.param("sources", "Decree No. 2 (test)\nhttps://adilet.zan.kz/")
				.param("note", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/calendar?year=2092"));

		assertThat(this.deadlines.review(receipt).dueOn()).isEqualTo(LocalDate.of(2092, 7, 3));
		assertThat(this.calendar.year(2092).find(LocalDate.of(2092, 6, 12))).get()
			.satisfies(
					day -> assertThat(day.sources()).containsExactly("Decree No. 2 (test)", "https://adilet.zan.kz/"));

		mvc().perform(get("/admin/calendar").param("year", "2092").param("lang", "ru").with(user(signedIn(ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Производственный календарь на 2092 год")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("A holiday by decree")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("День добавлен")));
	}

	@Test
	@DisplayName("The administrator's calendar names its sources in words (a site's name, 'checked against an open-source calendar'), without developers' notes")
	void sourcesInWords() throws Exception {
		String page = mvc()
			.perform(get("/admin/calendar").param("year", "2026").param("lang", "en").with(user(signedIn(ADMIN))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Checked against an open-source holiday calendar")
			.contains(">alau.kz</a>")
			.doesNotContain("date-holidays")
			.doesNotContain("vacanza/holidays")
			.doesNotContain(">https://");
	}

	@Test
	@DisplayName("Admin form: errors are localized and the typed values stay; an inconsistent day is explained")
	void adminFormErrors() throws Exception {
		String page = mvc()
			.perform(post("/admin/calendar/days").with(user(signedIn(ADMIN)))
				.with(csrf())
				.param("date", "2092-06-18")
				.param("kind", "HOLIDAY")
				.param("name", "")
				.param("status", "VERIFIED")
				.param("sources", "Typed source"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Атауын енгізіңіз.").contains("value=\"2092-06-18\"").contains("Typed source");

		String refused = mvc()
			.perform(post("/admin/calendar/days").with(user(signedIn(ADMIN)))
				.with(csrf())
				.param("date", "2092-06-18")
				.param("kind", "WORKING_WEEKEND_DAY")
				.param("name", "Working Wednesday?")
				.param("status", "VERIFIED")
				.param("sources", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("2092-06-18 — сенбі де, жексенбі де емес")
			.contains("value=\"Working Wednesday?\"");
		assertThat(this.calendar.year(2092).find(LocalDate.of(2092, 6, 18))).isEmpty();
	}

	@Test
	@DisplayName("The admin page shows a year's days and coverage; a non-admin gets 403")
	void adminPage() throws Exception {
		mvc().perform(get("/admin/calendar").param("year", "2026").with(user(signedIn(ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("2026 жылғы өндірістік күнтізбе")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Құрбан айттың бірінші күні")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Жарияланған")));
		mvc().perform(get("/admin/calendar").param("year", "2099").param("lang", "en").with(user(signedIn(ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Statutory rules only")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Create 2099 from the rules")));
		mvc().perform(
				get("/admin/calendar").param("year", "2026").param("edit", "2026-05-27").with(user(signedIn(ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"2026-05-27\"")));
		mvc().perform(get("/admin/calendar").with(user(signedIn(STUDENT)))).andExpect(status().isForbidden());
		mvc()
			.perform(
					post("/admin/calendar/days").with(user(signedIn(STUDENT))).with(csrf()).param("date", "2092-06-19"))
			.andExpect(status().isForbidden());
	}

}

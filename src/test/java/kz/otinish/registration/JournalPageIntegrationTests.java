package kz.otinish.registration;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal page and {@code GET /api/v1/journal} (TERM-7, TERM-8): the records office
 * reads any journal, a dean's office or dean only the school's; period filter, paging,
 * empty state.
 */
@OtinishIntegrationTest
class JournalPageIntegrationTests {

	static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	@LocalServerPort
	int port;

	@Autowired
	JournalCatalog catalog;

	@Autowired
	Journals journals;

	@Autowired
	Accounts accounts;

	@Autowired
	PlatformTransactionManager transactions;

	JournalFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new JournalFixtures(this.catalog, this.journals, this.accounts, this.transactions);
	}

	@Test
	@DisplayName("TERM-7, TERM-8: the records office sees a journal's entries of the period, times in Asia/Almaty")
	void registrarSeesEntriesOfThePeriod() throws Exception {
		String journal = this.fixtures.journal(null);
		var march = this.fixtures.register(journal, at(2025, 3, 10, 23, 30), "Жатақханадағы жылу туралы");
		var lateMarch = this.fixtures.register(journal, at(2025, 3, 31, 23, 59), "Емтихан кестесі");
		var april = this.fixtures.register(journal, at(2025, 4, 1, 0, 0), "Стипендия");

		String page = signIn(this.fixtures.account(Role.REGISTRAR, null))
			.get("/journal?journal=" + journal + "&from=2025-03-01&to=2025-03-31")
			.body();

		assertThat(page).contains("Кіріс құжаттарды тіркеу журналы")
			.contains(march.number().formatted(), lateMarch.number().formatted())
			.doesNotContain(april.number().formatted())
			.contains("href=\"/appeals/" + march.appealId() + "\"")
			.contains("10.03.2025 23:30", "31.03.2025 23:59")
			.contains("Жатақханадағы жылу туралы", "Веб-портал", "Тіркеуші Айгүл")
			.contains(march.number().formatted() + "<")
			// the records office may pick any journal
			.contains("<option value=\"KB\"", "<option value=\"GM1\"");
	}

	@Test
	@DisplayName("TERM-8: without a period the page shows this month; an empty period says so")
	void emptyStateAndDefaultPeriod() throws Exception {
		String journal = this.fixtures.journal(null);
		Session registrar = signIn(this.fixtures.account(Role.REGISTRAR, null));

		String empty = registrar.get("/journal?journal=" + journal + "&from=2020-01-01&to=2020-01-31").body();
		assertThat(empty).contains("2020-01-01 – 2020-01-31 аралығында журналда жазба жоқ.").doesNotContain("<table");

		String thisMonth = registrar.get("/journal?journal=" + journal + "&lang=ru").body();
		var today = java.time.LocalDate.now(ALMATY);
		assertThat(thisMonth).contains("value=\"" + today.withDayOfMonth(1) + "\"")
			.contains("value=\"" + today.withDayOfMonth(today.lengthOfMonth()) + "\"")
			.contains("в журнале нет записей");
	}

	@Test
	@DisplayName("TERM-8: a reversed or malformed period is refused with a message at the field")
	void periodIsValidated() throws Exception {
		Session registrar = signIn(this.fixtures.account(Role.REGISTRAR, null));

		HttpResponse<String> reversed = registrar.get("/journal?from=2025-03-31&to=2025-03-01");
		assertThat(reversed.statusCode()).isEqualTo(200);
		assertThat(reversed.body()).contains("Кезеңнің соңы оның басынан ерте болмауы тиіс.")
			.contains("aria-invalid=\"true\"")
			.doesNotContain("<table");

		String malformed = registrar.get("/journal?from=tomorrow&lang=en").body();
		assertThat(malformed).contains("Enter the start of the period as a date").contains("value=\"tomorrow\"");
	}

	@Test
	@DisplayName("TERM-8: the journal pages by 25 entries")
	void pages() throws Exception {
		String journal = this.fixtures.journal(null);
		for (int i = 0; i < 27; i++) {
			this.fixtures.register(journal, at(2025, 5, 2, 9, i), "Өтініш " + i);
		}
		Session registrar = signIn(this.fixtures.account(Role.REGISTRAR, null));
		String query = "/journal?journal=" + journal + "&from=2025-05-01&to=2025-05-31";

		String first = registrar.get(query).body();
		assertThat(count(first, "<tr>")).isEqualTo(1 + 25);
		assertThat(first).contains("Барлық жазба: 27").contains("1-бет, барлығы 2").contains("rel=\"next\"");

		String second = registrar.get(query + "&page=1").body();
		assertThat(count(second, "<tr>")).isEqualTo(1 + 2);
		assertThat(second).contains(journal + "-").contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
	}

	@Test
	@DisplayName("TERM-8: a dean's office and a dean read their school's journal only; other journals are 404")
	void deansReadTheirSchoolOnly() throws Exception {
		String school = JournalFixtures.unique("S");
		String journal = this.fixtures.journal(school);
		var entry = this.fixtures.register(journal, at(2025, 6, 3, 10, 0), "Деканатқа өтініш");

		for (Role role : new Role[] { Role.DEANS_OFFICE, Role.DEAN }) {
			Session dean = signIn(this.fixtures.account(role, school));
			String own = dean.get("/journal?from=2025-06-01&to=2025-06-30").body();
			assertThat(own).contains(entry.number().formatted()).doesNotContain("<select");
			assertThat(dean.get("/journal?journal=KB").statusCode()).isEqualTo(404);
		}
	}

	@Test
	@DisplayName("TERM-8: applicants have no journal page")
	void applicantsAreForbidden() throws Exception {
		assertThat(signIn(this.fixtures.account(Role.STUDENT, null)).get("/journal").statusCode()).isEqualTo(403);
	}

	@Test
	@DisplayName("TERM-7, TERM-8: the API lists a journal's entries with numbers, times and appeal links")
	void apiListsEntries() throws Exception {
		String journal = this.fixtures.journal(null);
		var first = this.fixtures.register(journal, at(2025, 7, 1, 9, 0), "Бірінші");
		var second = this.fixtures.register(journal, at(2025, 7, 2, 9, 0), "Екінші");
		this.fixtures.register(journal, at(2025, 7, 3, 9, 0), "Үшінші");
		CurrentUser registrar = this.fixtures.account(Role.REGISTRAR, null);

		HttpResponse<String> response = api(registrar,
				"/api/v1/journal?journal=" + journal + "&from=2025-07-01&to=2025-07-31&size=2", "kk");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"journal\":\"" + journal + "\"")
			.contains("\"totalElements\":3", "\"totalPages\":2", "\"size\":2")
			.contains("\"number\":\"" + first.number().formatted() + "\"")
			.contains("\"number\":\"" + second.number().formatted() + "\"")
			.contains("\"receivedAt\":\"2025-07-01T09:00:00+05:00\"")
			.contains("\"appealUrl\":\"/appeals/" + first.appealId() + "\"")
			.doesNotContain("Үшінші");
	}

	@Test
	@DisplayName("TERM-8: the journal API is described in OpenAPI")
	void apiIsDescribed() throws Exception {
		String docs = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(docs)
			.contains("/api/v1/journal", "A journal's entries for a period", "First day of the period of receipt")
			.doesNotContain("\"name\":\"user\"");
	}

	@Test
	@DisplayName("TERM-8: the API answers 404 for a journal out of scope, 403 for applicants")
	void apiScope() throws Exception {
		String school = JournalFixtures.unique("S");
		String journal = this.fixtures.journal(school);
		CurrentUser dean = this.fixtures.account(Role.DEAN, school);

		assertThat(api(dean, "/api/v1/journal", "kk").body()).contains("\"journal\":\"" + journal + "\"");
		HttpResponse<String> other = api(dean, "/api/v1/journal?journal=KB", "ru");
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(other.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(other.body()).contains("Такой журнал не найден.");

		assertThat(api(this.fixtures.account(Role.STUDENT, null), "/api/v1/journal", "kk").statusCode()).isEqualTo(403);
	}

	@Test
	@DisplayName("TERM-8: bad API input is a localized problem+json with the failing fields")
	void apiValidation() throws Exception {
		CurrentUser registrar = this.fixtures.account(Role.REGISTRAR, null);

		HttpResponse<String> reversed = api(registrar, "/api/v1/journal?from=2025-03-31&to=2025-03-01&size=500", "en");
		assertThat(reversed.statusCode()).isEqualTo(400);
		assertThat(reversed.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(reversed.body()).contains("\"field\":\"to\"")
			.contains("The end of the period cannot be before its start.")
			.contains("\"field\":\"size\"")
			.contains("A page holds 1 to 100 entries.");

		HttpResponse<String> malformed = api(registrar, "/api/v1/journal?from=31.03.2025", "ru");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("\"field\":\"from\"").contains("Укажите начало периода как дату");
	}

	private static java.time.Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(ALMATY).toInstant();
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	private HttpResponse<String> api(CurrentUser user, String path, String language)
			throws IOException, InterruptedException {
		String basic = Base64.getEncoder()
			.encodeToString((user.username() + ":" + JournalFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Basic " + basic)
			.header("Accept-Language", language)
			.header("Accept", "application/json")
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private Session signIn(CurrentUser user) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String form = client.send(HttpRequest.newBuilder(uri("/sign-in")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(csrf.find()).as("CSRF token on the sign-in page").isTrue();
		String body = "username=" + encode(user.username()) + "&password=" + JournalFixtures.PASSWORD + "&_csrf="
				+ encode(csrf.group(1));
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/home"));
		return new Session(client);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private final class Session {

		private final HttpClient client;

		Session(HttpClient client) {
			this.client = client;
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
		}

	}

}

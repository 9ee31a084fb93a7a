package kz.otinish.identity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import kz.otinish.MutableClock;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.audit.AuditEntry;
import kz.otinish.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * API tokens (docs/operations.md, "API tokens"): issued by their owner on the page or
 * over the API, shown once, stored as a SHA-256 only, accepted as
 * {@code Authorization: Bearer} until they expire or are revoked or the account is
 * deactivated; issuing and revoking are audited.
 */
@OtinishIntegrationTest
class ApiTokenIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	WebApplicationContext context;

	record Reply(int status, String contentType, @Nullable String challenge, String body) {
	}

	Reply call(HttpMethod method, String path, String authorization, String language, @Nullable String json) {
		RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + this.port)
			.method(method)
			.uri(path)
			.header("Authorization", authorization)
			.header("Accept-Language", language)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(json);
		}
		return request.exchange((req, res) -> new Reply(res.getStatusCode().value(),
				String.valueOf(res.getHeaders().getContentType()), res.getHeaders().getFirst("WWW-Authenticate"),
				new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
	}

	static String basic(String username) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":secret").getBytes(StandardCharsets.UTF_8));
	}

	static String secretOf(Reply issued) {
		return issued.body().replaceAll("(?s).*\"secret\":\"(otn_[^\"]+)\".*", "$1");
	}

	static String idOf(Reply issued) {
		return issued.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
	}

	@Test
	@DisplayName("An API token is shown once, stored as its SHA-256 only, works as a bearer token, and stops at once when revoked; issuing and revoking are audited")
	void issueUseRevoke() {
		CurrentUser staff = this.accounts.ensureAccount("it-token-staff", "secret", "Токен Оқытушы", Role.STAFF, "GM1",
				null, null);
		Reply issued = call(HttpMethod.POST, "/api/v1/tokens", basic("it-token-staff"), "en",
				"{\"name\":\"Timetable sync\",\"days\":30}");
		assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		String secret = secretOf(issued);
		assertThat(secret).startsWith("otn_").hasSizeGreaterThan(40);

		// only the hash is stored; the list never shows the token
		assertThat(this.jdbc.sql("select count(*) from api_token where token_hash = ?")
			.param(ApiTokens.hash(secret))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from api_token where token_hash = ? or name = ? or hint = ?")
			.params(secret, secret, secret)
			.query(Long.class)
			.single()).isZero();
		Reply listed = call(HttpMethod.GET, "/api/v1/tokens", "Bearer " + secret, "en", null);
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.body()).contains("Timetable sync").contains(secret.substring(0, 8)).doesNotContain(secret);

		// the token acts as its account, without a session
		Reply mine = call(HttpMethod.GET, "/api/v1/appeals", "Bearer " + secret, "en", null);
		assertThat(mine.status()).isEqualTo(200);

		Reply revoked = call(HttpMethod.DELETE, "/api/v1/tokens/" + idOf(issued), "Bearer " + secret, "en", null);
		assertThat(revoked.status()).isEqualTo(204);
		Reply refused = call(HttpMethod.GET, "/api/v1/appeals", "Bearer " + secret, "ru", null);
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.challenge()).startsWith("Bearer");

		assertThat(this.audit.of(staff.id())).extracting(AuditEntry::action)
			.contains("ISSUE_API_TOKEN", "REVOKE_API_TOKEN");
		assertThat(this.audit.of(staff.id())).allSatisfy(entry -> assertThat(entry.detail()).doesNotContain("otn_"));
	}

	@Test
	@DisplayName("An API token stops working when it expires (the settable clock) and when its account is deactivated; an unknown one is 401")
	void expiryAndDeactivation() {
		this.accounts.ensureAccount("it-token-expiry", "secret", "Мерзім Студент", Role.STUDENT, "GM1", null, null);
		this.accounts.ensureAccount("it-token-leaver", "secret", "Кеткен Студент", Role.STUDENT, "GM1", null, null);
		this.clock.freeze();
		String expiring = secretOf(call(HttpMethod.POST, "/api/v1/tokens", basic("it-token-expiry"), "kk",
				"{\"name\":\"one day\",\"days\":1}"));
		String leaving = secretOf(call(HttpMethod.POST, "/api/v1/tokens", basic("it-token-leaver"), "kk",
				"{\"name\":\"leaver\",\"days\":10}"));
		assertThat(call(HttpMethod.GET, "/api/v1/appeals", "Bearer " + expiring, "kk", null).status()).isEqualTo(200);

		this.clock.advance(Duration.ofDays(1).plusSeconds(1));
		assertThat(call(HttpMethod.GET, "/api/v1/appeals", "Bearer " + expiring, "kk", null).status()).isEqualTo(401);
		assertThat(call(HttpMethod.GET, "/api/v1/appeals", "Bearer " + leaving, "kk", null).status()).isEqualTo(200);

		this.jdbc.sql("update user_account set enabled = false where username = 'it-token-leaver'").update();
		assertThat(call(HttpMethod.GET, "/api/v1/appeals", "Bearer " + leaving, "kk", null).status()).isEqualTo(401);
		assertThat(call(HttpMethod.GET, "/api/v1/appeals", "Bearer otn_unknown", "kk", null).status()).isEqualTo(401);
	}

	@Test
	@DisplayName("Bad input for a token is a localized problem naming the field")
	void badInput() {
		this.accounts.ensureAccount("it-token-input", "secret", "Енгізу Студент", Role.STUDENT, "GM1", null, null);
		Reply tooLong = call(HttpMethod.POST, "/api/v1/tokens", basic("it-token-input"), "ru",
				"{\"name\":\"x\",\"days\":100000}");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.contentType()).startsWith("application/problem+json");
		assertThat(tooLong.body()).contains("\"field\":\"days\"").contains("Укажите число дней от 1 до 365.");
		Reply noName = call(HttpMethod.POST, "/api/v1/tokens", basic("it-token-input"), "en", "{\"days\":5}");
		assertThat(noName.status()).isEqualTo(400);
		assertThat(noName.body()).contains("\"field\":\"name\"").contains("Say what this token is for.");
	}

	@Test
	@DisplayName("The page issues a token and shows it once, lists it without it, and revokes it")
	void page() throws Exception {
		this.accounts.ensureAccount("it-token-page", "secret", "Бет Оқытушы", Role.STAFF, "GM1", null, null);
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		var signedIn = user(this.accounts.loadUserByUsername("it-token-page"));
		MvcResult issued = mvc
			.perform(post("/settings/tokens").with(signedIn).with(csrf()).param("name", "Кесте").param("days", "7"))
			.andReturn();
		assertThat(issued.getResponse().getRedirectedUrl()).isEqualTo("/settings/tokens");
		String secret = String.valueOf(issued.getFlashMap().get("issuedSecret"));
		assertThat(secret).startsWith("otn_");
		String once = mvc.perform(get("/settings/tokens").with(signedIn).flashAttrs(issued.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(once).contains(secret).contains("Токенді қазір көшіріп алыңыз");
		String later = mvc.perform(get("/settings/tokens?lang=en").with(signedIn))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(later).doesNotContain(secret).contains("Кесте").contains("Revoke");

		String invalid = mvc
			.perform(post("/settings/tokens?lang=ru").with(signedIn).with(csrf()).param("name", "").param("days", "0"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(invalid).contains("Напишите, для чего этот токен.").contains("Укажите число дней (не меньше 1).");

		String id = this.jdbc
			.sql("select t.id from api_token t join user_account a on a.id = t.account_id"
					+ " where a.username = 'it-token-page'")
			.query(String.class)
			.single();
		mvc.perform(post("/settings/tokens/" + id + "/revoke").with(signedIn).with(csrf()));
		assertThat(call(HttpMethod.GET, "/api/v1/tokens", "Bearer " + secret, "en", null).status()).isEqualTo(401);
	}

}

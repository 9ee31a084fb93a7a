package kz.otinish.identity;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import kz.otinish.MutableClock;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.TestSteps;
import kz.otinish.audit.AuditEntry;
import kz.otinish.audit.AuditTrail;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on against a real OpenID Connect provider started in the test
 * (mock-oauth2-server): the authorization-code flow over HTTP, the role and school mapped
 * from the provider's claims or taken from the existing account, nothing for a person
 * without a role, and the provider's bearer tokens on the API.
 */
@OtinishIntegrationTest
class OidcSignInIntegrationTests {

	private static final String ISSUER_ID = "university";

	private static final String CLIENT_ID = "otinish";

	private static final MockOAuth2Server provider = new MockOAuth2Server();

	static {
		provider.start();
	}

	@DynamicPropertySource
	static void singleSignOn(DynamicPropertyRegistry properties) {
		String issuer = provider.issuerUrl(ISSUER_ID).toString();
		properties.add("spring.security.oauth2.client.registration.university.client-id", () -> CLIENT_ID);
		properties.add("spring.security.oauth2.client.registration.university.client-secret", () -> "it-secret");
		properties.add("spring.security.oauth2.client.registration.university.scope", () -> "openid,profile,email");
		properties.add("spring.security.oauth2.client.provider.university.issuer-uri", () -> issuer);
		properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer);
		properties.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> CLIENT_ID);
		properties.add("otinish.sso.roles.dean", () -> "DEAN");
		properties.add("otinish.sso.roles.student", () -> "STUDENT");
	}

	@AfterAll
	static void stopProvider() {
		provider.shutdown();
	}

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	@Autowired
	AuditTrail audit;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	private static DefaultOAuth2TokenCallback person(String subject, Map<String, Object> claims, long expirySeconds) {
		return new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), claims, expirySeconds);
	}

	/** Signs in through the provider, redirects followed; the last answer. */
	private HttpResponse<String> signInThroughProvider(WebClientSession browser, String subject,
			Map<String, Object> claims) throws Exception {
		provider.enqueueCallback(person(subject, claims, 3600));
		return browser.get("/oauth2/authorization/university");
	}

	private Appeal registeredLetter(String school) {
		Appeal received = this.appeals.receive(AppealFixtures.anonymousLetter(school));
		return this.appeals.performAt(received.id(), new AppealCommand.Register(), TestSteps.registrar("Кеңсе"),
				Instant.now());
	}

	private HttpResponse<String> api(WebClientSession client, String path, String bearer) throws Exception {
		return client.send(HttpRequest.newBuilder(client.uri(path))
			.header("Accept", "application/json")
			.header("Accept-Language", "en")
			.header("Authorization", "Bearer " + bearer)
			.GET()
			.build());
	}

	@Test
	@DisplayName("The sign-in page offers the university account; a dean by the provider's claims (roles=[dean], school=GM1) signs in through the authorization-code flow and triages GM1's appeals only")
	void deanByClaimsSeesOwnSchoolOnly() throws Exception {
		Appeal gm1 = registeredLetter("GM1");
		Appeal dent = registeredLetter("DENT");
		WebClientSession browser = new WebClientSession(this.port, HttpClient.Redirect.NORMAL);
		assertThat(browser.get("/sign-in?lang=ru").body()).contains("Войти через учётную запись университета");

		HttpResponse<String> landed = signInThroughProvider(browser, "sso-dean-subject",
				Map.of("preferred_username", "it-sso-dean", "name", "Сәрсенова Гүлжан", "email",
						"it-sso-dean@example.kz", "roles", List.of("staff", "dean"), "school", "GM1"));
		assertThat(landed.statusCode()).isEqualTo(200);
		assertThat(landed.uri().getPath()).isNotEqualTo("/sign-in").isNotEqualTo("/no-access");

		CurrentUser dean = this.accounts.byUsername("it-sso-dean").orElseThrow();
		assertThat(dean.role()).isEqualTo(Role.DEAN);
		assertThat(dean.schoolCode()).isEqualTo("GM1");
		assertThat(this.audit.of(dean.id())).extracting(AuditEntry::action).contains("LINK_IDENTITY");

		HttpResponse<String> triage = browser.get("/triage");
		assertThat(triage.statusCode()).isEqualTo(200);
		assertThat(triage.body()).contains(gm1.registration().orElseThrow().number())
			.doesNotContain(dent.registration().orElseThrow().number());
		assertThat(browser.get("/admin/calendar").statusCode()).isEqualTo(403);

		// the second sign-in finds the link: the same account, not a new one
		WebClientSession again = new WebClientSession(this.port, HttpClient.Redirect.NORMAL);
		signInThroughProvider(again, "sso-dean-subject", Map.of("preferred_username", "it-sso-dean-renamed", "email",
				"it-sso-dean@example.kz", "roles", List.of("dean"), "school", "GM1"));
		assertThat(again.get("/triage").statusCode()).isEqualTo(200);
		assertThat(this.accounts.byUsername("it-sso-dean-renamed")).isEmpty();

		// a bearer token of the same person, even without the role claim, acts as the
		// linked account
		String token = provider
			.issueToken(ISSUER_ID, CLIENT_ID, person("sso-dean-subject", Map.of("scope", "openid"), 3600))
			.serialize();
		assertThat(api(new WebClientSession(this.port, HttpClient.Redirect.NEVER), "/api/v1/appeals", token).body())
			.contains(gm1.id().toString())
			.doesNotContain(dent.id().toString());
	}

	@Test
	@DisplayName("An existing account is found by the verified e-mail on the first sign-in: its own role and school count, and the link is audited")
	void existingAccountMatchedByEmail() throws Exception {
		CurrentUser staff = this.accounts.ensureAccount("it-sso-registrar", "Registrar-password-1", "Жұмабаева Сәуле",
				Role.REGISTRAR, null, "it-sso-registrar@example.kz", null);
		WebClientSession browser = new WebClientSession(this.port, HttpClient.Redirect.NORMAL);
		signInThroughProvider(browser, "sso-registrar-subject",
				Map.of("email", "IT-SSO-Registrar@example.kz", "email_verified", true, "roles", List.of("student")));
		assertThat(browser.get("/desk").statusCode()).isEqualTo(200);
		assertThat(this.accounts.byUsername("it-sso-registrar").orElseThrow().role()).isEqualTo(Role.REGISTRAR);
		assertThat(this.audit.of(staff.id())).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo("LINK_IDENTITY");
			assertThat(entry.detail()).isEqualTo(provider.issuerUrl(ISSUER_ID).toString());
		});
	}

	@Test
	@DisplayName("An imported person is found by the directory's external id claim before the e-mail: the account the registrar's file made, not one with the same e-mail")
	void importedAccountMatchedByExternalId() throws Exception {
		CurrentUser imported = this.accounts.ensureAccount("it-sso-imported", "Imported-password-1", "Серікова Дана",
				Role.STUDENT, "GM1", "dana.imported@example.kz", null);
		this.jdbc.sql("update user_account set external_id = 'IT-SSO-S-100' where id = :id")
			.param("id", imported.id())
			.update();
		WebClientSession browser = new WebClientSession(this.port, HttpClient.Redirect.NORMAL);
		signInThroughProvider(browser, "sso-imported-subject", Map.of("external_id", "IT-SSO-S-100", "email",
				"dana.personal@example.kz", "email_verified", true, "roles", List.of("dean")));
		assertThat(browser.get("/appeals/mine").statusCode()).isEqualTo(200);
		assertThat(this.jdbc.sql("select count(*) from user_account where email = 'dana.personal@example.kz'")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.accounts.byUsername("it-sso-imported").orElseThrow().role()).isEqualTo(Role.STUDENT);
		assertThat(this.audit.of(imported.id()))
			.anySatisfy(entry -> assertThat(entry.action()).isEqualTo("LINK_IDENTITY"));
	}

	@Test
	@DisplayName("A person the provider knows but Otinish does not, with no mapped role, reaches nothing: the no-access page (403, localized), 403 on every page and on the API, no account made")
	void unknownPersonWithoutRoleReachesNothing() throws Exception {
		WebClientSession browser = new WebClientSession(this.port, HttpClient.Redirect.NORMAL);
		HttpResponse<String> landed = signInThroughProvider(browser, "sso-stranger-subject",
				Map.of("preferred_username", "it-sso-stranger", "email", "it-sso-stranger@example.kz", "roles",
						List.of("visitor")));
		assertThat(landed.uri().getPath()).isEqualTo("/no-access");
		assertThat(landed.statusCode()).isEqualTo(403);
		assertThat(landed.body()).contains("Тіркелгіңізге әзірге қолжетімділік берілмеген");
		assertThat(browser.get("/no-access?lang=ru").body()).contains("У вашей учётной записи пока нет доступа");
		assertThat(browser.get("/no-access?lang=en").body()).contains("Your account has no access yet");
		for (String page : List.of("/home", "/triage", "/appeals/mine", "/appeals", "/settings", "/admin/calendar")) {
			assertThat(browser.get(page).statusCode()).as(page).isEqualTo(403);
		}
		HttpResponse<String> api = browser.send(HttpRequest.newBuilder(browser.uri("/api/v1/appeals"))
			.header("Accept", "application/json")
			.GET()
			.build());
		assertThat(api.statusCode()).isEqualTo(403);
		assertThat(this.accounts.byUsername("it-sso-stranger")).isEmpty();
		assertThat(this.accounts.byEmail("it-sso-stranger@example.kz")).isEmpty();
	}

	@Test
	@DisplayName("Bearer tokens of the provider on the API: a mapped role reads its appeals (200); a token of another issuer or audience, with changed claims, unsigned or expired is refused (401 problem+json); a person without a role gets 403")
	void bearerTokens() throws Exception {
		WebClientSession client = new WebClientSession(this.port, HttpClient.Redirect.NEVER);
		String dean = provider
			.issueToken(ISSUER_ID, CLIENT_ID, person("sso-api-dean",
					Map.of("preferred_username", "it-sso-api-dean", "roles", List.of("dean"), "school", "GM1"), 3600))
			.serialize();
		assertThat(api(client, "/api/v1/appeals", dean).statusCode()).isEqualTo(200);
		assertThat(this.accounts.byUsername("it-sso-api-dean").orElseThrow().role()).isEqualTo(Role.DEAN);

		String foreign = provider
			.issueToken("elsewhere", CLIENT_ID,
					new DefaultOAuth2TokenCallback("elsewhere", "sso-api-dean", "JWT", List.of(CLIENT_ID),
							Map.of("roles", List.of("dean"), "school", "GM1"), 3600))
			.serialize();
		HttpResponse<String> refused = api(client, "/api/v1/appeals", foreign);
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

		String[] parts = dean.split("\\.");
		String tampered = parts[0] + "."
				+ Base64.getUrlEncoder()
					.withoutPadding()
					.encodeToString(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
						.replace("it-sso-api-dean", "it-sso-api-deax")
						.getBytes(StandardCharsets.UTF_8))
				+ "." + parts[2];
		assertThat(api(client, "/api/v1/appeals", tampered).statusCode()).as("changed claims, old signature")
			.isEqualTo(401);
		String unsigned = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
		assertThat(api(client, "/api/v1/appeals", unsigned).statusCode()).as("alg none").isEqualTo(401);
		String otherAudience = provider
			.issueToken(ISSUER_ID, CLIENT_ID,
					new DefaultOAuth2TokenCallback(ISSUER_ID, "sso-api-dean", "JWT", List.of("another-service"),
							Map.of("roles", List.of("dean"), "school", "GM1"), 3600))
			.serialize();
		assertThat(api(client, "/api/v1/appeals", otherAudience).statusCode()).as("another audience").isEqualTo(401);

		String nobody = provider
			.issueToken(ISSUER_ID, CLIENT_ID, person("sso-api-nobody", Map.of("roles", List.of("visitor")), 3600))
			.serialize();
		HttpResponse<String> forbidden = api(client, "/api/v1/appeals", nobody);
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

		this.clock.advance(Duration.ofHours(2));
		HttpResponse<String> expired = api(client, "/api/v1/appeals", dean);
		assertThat(expired.statusCode()).isEqualTo(401);
		assertThat(expired.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
	}

}

package kz.otinish.intake.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import kz.otinish.BadInputs;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Attachment;
import kz.otinish.audit.AuditEntry;
import kz.otinish.audit.AuditTrail;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The intake channels' API end to end over HTTP: the registrar's desk (INT-6), the portal
 * with files, and public tracking.
 */
@OtinishIntegrationTest
class IntakeApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebApplicationContext context;

	record Reply(int status, String contentType, String body) {
	}

	@BeforeEach
	void accounts() {
		this.accounts.ensureAccount("it-api-registrar", "secret", "Тіркеуші Апи", Role.REGISTRAR, null, null, null);
		this.accounts.ensureAccount("it-api-office", "secret", "Деканат PED", Role.DEANS_OFFICE, "PED", null, null);
		this.accounts.ensureAccount("it-api-student", "secret", "Дәулет Есімов", Role.STUDENT, "PED",
				"daulet.api@example.kz", null);
		this.accounts.ensureAccount("it-api-mate", "secret", "Мадина Серікова", Role.STUDENT, "PED",
				"madina.api@example.kz", null);
	}

	Reply call(HttpMethod method, String path, @Nullable String user, String language, @Nullable Object body,
			MediaType type) {
		RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + this.port)
			.method(method)
			.uri(path)
			.header("Accept-Language", language)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
		if (user != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8)));
		}
		if (body != null) {
			request.contentType(type).body(body);
		}
		return request.exchange(
				(req, res) -> new Reply(res.getStatusCode().value(), String.valueOf(res.getHeaders().getContentType()),
						new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
	}

	Reply json(HttpMethod method, String path, @Nullable String user, String language, @Nullable String json) {
		return call(method, path, user, language, json, MediaType.APPLICATION_JSON);
	}

	static String idOf(Reply reply) {
		return reply.body().replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
	}

	static final String PAPER_APPEAL = """
			{"consent":true,"kind":"APPLICATION","applicantType":"STUDENT","addressee":"DEAN","schoolCode":"PED",
			 "category":"HOUSING","subject":"Жатақханадан орын беру","text":"Жатақханадан орын беруіңізді сұраймын.",
			 "language":"KK","fullName":"Дәулет Маратұлы Есімов","levelOfStudy":"RESIDENCY","speciality":"Педиатрия",
			 "yearOfStudy":1,"studyLanguage":"KAZAKH","funding":"STATE_ORDER","studyForm":"FULL_TIME",
			 "address":"Алматы, Сәтбаев к-сі 5","phone":"+7 705 111 22 33","email":"daulet.api@example.kz"}""";

	static String paper(@Nullable String username, String documentNumber) {
		return """
				{"appeal":%s,%s"documentType":"ID_CARD","documentNumber":"%s","receivedAt":"2026-11-19T09:40:00+05:00"}"""
			.formatted(PAPER_APPEAL, username == null ? "" : "\"applicantUsername\":\"" + username + "\",",
					documentNumber);
	}

	@Test
	@DisplayName("INT-6, INT-1, INT-5: the desk API registers a paper application with its scan, the identity document masked to its last four characters and the receipt time kept; there is no reject endpoint")
	void deskRegistersPaperWithScan() {
		MultiValueMap<String, Object> body = IntakeBadInputIntegrationTests
			.multipartBody(paper("it-api-student", "043 512 345 678"), "скан.pdf", BadInputs.PDF);
		Reply created = call(HttpMethod.POST, "/api/v1/desk/paper", "it-api-registrar", "kk", body,
				MediaType.MULTIPART_FORM_DATA);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.body()).contains("\"status\":\"REGISTERED\"")
			.contains("\"channel\":\"PAPER\"")
			.contains("\"identityDocument\":\"ID_CARD ••••••••5678\"")
			.doesNotContain("043512")
			.contains("\"receivedAt\":\"2026-11-19T04:40:00Z\"")
			.containsPattern("\"registrationNumber\":\"PED-\\d{4}-\\d+\"")
			.containsPattern("\"dueOn\":\"\\d{4}-\\d{2}-\\d{2}\"")
			.containsPattern("\"trackingCode\":\"[0-9A-Z]{16}\"");
		Appeal appeal = this.appeals.find(UUID.fromString(idOf(created))).orElseThrow();
		assertThat(appeal.receivedBy()).isEqualTo("Тіркеуші Апи");
		assertThat(appeal.applicantUserId()).isEqualTo(this.accounts.byUsername("it-api-student").orElseThrow().id());
		List<Attachment> scans = this.appeals.attachments(appeal);
		assertThat(scans).extracting(Attachment::fileName).containsExactly("скан.pdf");
		// the receipt is issued after the registration commits, on another thread
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.audit.of(appeal.id())).extracting(AuditEntry::action)
				.containsExactly("RECEIVE", "REGISTER", "ISSUE_DOCUMENT"));
		String stored = this.jdbc.sql("select identity_document_number from appeal where id = ?")
			.param(appeal.id())
			.query(String.class)
			.single();
		assertThat(stored).endsWith("5678").doesNotContain("0435");

		String openApi = json(HttpMethod.GET, "/v3/api-docs", "it-api-registrar", "en", null).body();
		assertThat(openApi).contains("\"/api/v1/desk/paper\"")
			.contains("\"/api/v1/desk/applicants\"")
			.contains("\"/api/v1/desk/appeals/{id}/register\"")
			.doesNotContainIgnoringCase("reject");
	}

	@Test
	@DisplayName("INT-6: the desk API finds applicants; an unknown account or a bad document number is a localized problem and nothing is stored")
	void deskFindsApplicantsAndExplainsMistakes() {
		Reply found = json(HttpMethod.GET, "/api/v1/desk/applicants?q=Есімов", "it-api-office", "kk", null);
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.body()).contains("\"username\":\"it-api-student\"").contains("\"role\":\"STUDENT\"");

		long before = this.jdbc.sql("select count(*) from appeal").query(Long.class).single();
		Reply unknown = json(HttpMethod.POST, "/api/v1/desk/paper", "it-api-registrar", "ru",
				paper("nobody-" + UUID.randomUUID(), "N1234567"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(unknown.body()).contains("\"field\":\"applicantUsername\"").contains("Такой учётной записи нет");
		Reply badDocument = json(HttpMethod.POST, "/api/v1/desk/paper", "it-api-registrar", "ru", paper(null, "1"));
		assertThat(badDocument.status()).isIn(400, 409);
		assertThat(badDocument.contentType()).startsWith("application/problem+json");
		Reply missing = json(HttpMethod.POST, "/api/v1/desk/paper", "it-api-registrar", "ru",
				"{\"appeal\":" + PAPER_APPEAL + "}");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body()).contains("documentNumber").contains("receivedAt");
		assertThat(this.jdbc.sql("select count(*) from appeal").query(Long.class).single()).isEqualTo(before);

		assertThat(json(HttpMethod.GET, "/api/v1/desk/applicants?q=Есімов", "it-api-student", "kk", null).status())
			.isEqualTo(403);
		assertThat(
				json(HttpMethod.POST, "/api/v1/desk/paper", "it-api-student", "kk", paper(null, "N1234567")).status())
			.isEqualTo(403);
	}

	@Test
	@DisplayName("INT-1: the desk API lists what awaits registration within the caller's scope and registers it; a second registration is a 409 problem")
	void deskRegistersWhatAwaits() {
		Appeal letter = this.appeals.receive(AppealFixtures.anonymousLetter("PED"));
		Reply awaiting = json(HttpMethod.GET, "/api/v1/desk/awaiting", "it-api-office", "kk", null);
		assertThat(awaiting.body()).contains(letter.id().toString());
		Reply registered = json(HttpMethod.POST, "/api/v1/desk/appeals/" + letter.id() + "/register", "it-api-office",
				"kk", null);
		assertThat(registered.status()).isEqualTo(200);
		assertThat(registered.body()).contains("\"status\":\"REGISTERED\"").contains("\"anonymous\":true");
		Reply again = json(HttpMethod.POST, "/api/v1/desk/appeals/" + letter.id() + "/register", "it-api-office", "ru",
				null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
	}

	@Test
	@DisplayName("INT-7, INT-9: the portal API files an Appendix 1 application with a file and co-applicants, all listed on the appeal")
	void portalFilesWithFilesAndGroup() {
		String appeal = PAPER_APPEAL.replace("}",
				",\"coApplicants\":[{\"fullName\":\"Мадина Серікова\",\"contact\":\"madina.api@example.kz\"},"
						+ "{\"fullName\":\"Арман Қасымов\"}]}");
		Reply created = call(HttpMethod.POST, "/api/v1/appeals", "it-api-student", "kk",
				IntakeBadInputIntegrationTests.multipartBody(appeal, "өтініш.pdf", BadInputs.PDF),
				MediaType.MULTIPART_FORM_DATA);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.body()).contains("\"coApplicants\":[\"Мадина Серікова\",\"Арман Қасымов\"]")
			.contains("\"channel\":\"PORTAL\"");
		Appeal filed = this.appeals.find(UUID.fromString(idOf(created))).orElseThrow();
		assertThat(this.appeals.attachments(filed)).extracting(Attachment::fileName).containsExactly("өтініш.pdf");
	}

	@Test
	@DisplayName("INT-5: a file name the server cannot read (a NUL byte) is a localized 400 problem, never a 500, and nothing is stored")
	void unreadableFileNameIsAProblem() {
		long before = this.jdbc.sql("select count(*) from appeal").query(Long.class).single();
		Reply reply = call(
				HttpMethod.POST, "/api/v1/appeals", "it-api-student", "ru", IntakeBadInputIntegrationTests
					.multipartBody(PAPER_APPEAL, "..\\..\\system.ini\u0000.pdf", BadInputs.PDF),
				MediaType.MULTIPART_FORM_DATA);
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.body()).contains("Ничего не сохранено");
		assertThat(this.jdbc.sql("select count(*) from appeal").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	@DisplayName("Public tracking API: number and code give status and due date without signing in; a wrong pair is a 404 problem; too many attempts from one address a 429 problem in the reader's language")
	void trackingApi() throws Exception {
		Appeal appeal = this.appeals.fileOnline(AppealFixtures.studentApplication(null, "GM1"), List.of());
		String number = appeal.registration().orElseThrow().number();
		Reply found = json(HttpMethod.POST, "/api/v1/tracking", null, "ru", """
				{"number":"%s","code":"%s"}""".formatted(number, appeal.trackingCode().toLowerCase()));
		assertThat(found.status()).as(found.body()).isEqualTo(200);
		assertThat(found.body()).contains("\"registrationNumber\":\"" + number + "\"")
			.contains("\"status\":\"REGISTERED\"")
			.containsPattern("\"dueOn\":\"\\d{4}-\\d{2}-\\d{2}\"")
			.doesNotContain(appeal.subject());
		Reply wrong = json(HttpMethod.POST, "/api/v1/tracking", null, "ru", """
				{"number":"%s","code":"AAAAAAAAAAAAAAAA"}""".formatted(number));
		assertThat(wrong.status()).isEqualTo(404);
		assertThat(wrong.contentType()).startsWith("application/problem+json");
		assertThat(wrong.body()).contains("Обращение с таким номером и кодом не найдено");

		// the limit is per address: a client of its own, so other tests keep their budget
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		MockHttpServletResponse last = null;
		for (int i = 0; i < 11; i++) {
			last = mvc.perform(post("/api/v1/tracking").with(request -> {
				request.setRemoteAddr("203.0.113.77");
				return request;
			})
				.header("Accept-Language", "kk")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"number\":\"%s\",\"code\":\"BBBBBBBBBBBBBBBB\"}".formatted(number)))
				.andReturn()
				.getResponse();
			if (i < 10) {
				assertThat(last.getStatus()).isEqualTo(404);
			}
		}
		assertThat(last.getStatus()).isEqualTo(429);
		assertThat(last.getContentType()).startsWith("application/problem+json");
		assertThat(last.getHeader("Retry-After")).isEqualTo("600");
		assertThat(last.getContentAsString(StandardCharsets.UTF_8)).contains("Тексеру әрекеттері тым көп");
	}

	@Test
	@DisplayName("INT-6, INT-7: the API refuses what cannot be true with a 400 naming the field: a paper received on 0001-01-01 or tomorrow, an unknown school code, 51 co-applicants; nothing is stored")
	void refusesWhatCannotBeTrue() {
		long before = this.jdbc.sql("select count(*) from appeal").query(Long.class).single();
		String ancient = paper(null, "N1234567").replace("2026-11-19T09:40:00+05:00", "0001-01-01T09:40:00+05:00");
		Reply old = json(HttpMethod.POST, "/api/v1/desk/paper", "it-api-registrar", "en", ancient);
		assertThat(old.status()).as(old.body()).isEqualTo(400);
		assertThat(old.contentType()).startsWith("application/problem+json");
		assertThat(old.body()).contains("\"field\":\"receivedAt\"");

		Reply noSchool = json(HttpMethod.POST, "/api/v1/desk/paper", "it-api-registrar", "ru",
				paper(null, "N1234567").replace("\"schoolCode\":\"PED\"", "\"schoolCode\":\"XYZ\""));
		assertThat(noSchool.status()).as(noSchool.body()).isEqualTo(400);
		assertThat(noSchool.body()).contains("\"field\":\"appeal.schoolCode\"").contains("XYZ");
		Reply noSchoolFiled = json(HttpMethod.POST, "/api/v1/appeals", "it-api-student", "kk",
				PAPER_APPEAL.replace("\"schoolCode\":\"PED\"", "\"schoolCode\":\"XYZ\""));
		assertThat(noSchoolFiled.status()).as(noSchoolFiled.body()).isEqualTo(400);
		assertThat(noSchoolFiled.body()).contains("\"field\":\"schoolCode\"");

		String crowd = java.util.stream.IntStream.rangeClosed(1, 51)
			.mapToObj(i -> "{\"fullName\":\"Қатысушы " + i + "\"}")
			.collect(java.util.stream.Collectors.joining(",", "\"coApplicants\":[", "],"));
		Reply tooMany = json(HttpMethod.POST, "/api/v1/appeals", "it-api-student", "en",
				PAPER_APPEAL.replace("\"consent\":true,", "\"consent\":true," + crowd));
		assertThat(tooMany.status()).as(tooMany.body()).isEqualTo(400);
		assertThat(tooMany.body()).contains("\"field\":\"coApplicants\"");
		assertThat(this.jdbc.sql("select count(*) from appeal").query(Long.class).single()).isEqualTo(before);
	}

}

package kz.otinish.appeal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.audit.AuditEntry;
import kz.otinish.audit.AuditTrail;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The appeal API end to end over HTTP, on H2 and (with -Ppostgres) PostgreSQL. */
@OtinishIntegrationTest
class AppealApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditTrail audit;

	record Reply(HttpStatusCode status, String contentType, String body) {
	}

	@BeforeEach
	void accounts() {
		this.accounts.ensureAccount("it-student-a", "secret", "Айгерім Асқарқызы", Role.STUDENT, "GM1", "a@example.kz",
				null);
		this.accounts.ensureAccount("it-student-b", "secret", "Бауыржан Серікұлы", Role.STUDENT, "GM1", "b@example.kz",
				null);
		this.accounts.ensureAccount("it-office-gm1", "secret", "Деканат GM1", Role.DEANS_OFFICE, "GM1", null, null);
		this.accounts.ensureAccount("it-office-dent", "secret", "Деканат DENT", Role.DEANS_OFFICE, "DENT", null, null);
	}

	Reply call(String method, String path, String user, String language, String json) {
		RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + this.port)
			.method(org.springframework.http.HttpMethod.valueOf(method))
			.uri(path)
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8)))
			.header("Accept-Language", language)
			.accept(MediaType.APPLICATION_JSON);
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(json);
		}
		return request
			.exchange((req, res) -> new Reply(res.getStatusCode(), String.valueOf(res.getHeaders().getContentType()),
					new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
	}

	static final String STUDENT_APPLICATION = """
			{"consent":true,"kind":"APPLICATION","applicantType":"STUDENT","addressee":"DEAN","schoolCode":"GM1",
			 "category":"ASSESSMENT","subject":"Емтихан бағасын қайта қарау","text":"Бағамен келіспеймін.",
			 "language":"KK","fullName":"Айгерім Асқарқызы","levelOfStudy":"BACHELOR","speciality":"Жалпы медицина",
			 "yearOfStudy":2,"studyLanguage":"KAZAKH","funding":"GRANT","studyForm":"FULL_TIME",
			 "address":"Алматы, Абай даңғылы 10","phone":"+7 701 000 00 00","email":"a@example.kz"}""";

	String idOf(Reply reply) {
		return reply.body().replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
	}

	@Test
	@DisplayName("INT-1, TERM-7, DL-1, INT-9: a student's Appendix 1 application is registered at once with a number and a due date")
	void studentFilesAndGetsNumberAndDueDate() {
		Reply created = call("POST", "/api/v1/appeals", "it-student-a", "kk", STUDENT_APPLICATION);
		assertThat(created.status().value()).isEqualTo(201);
		assertThat(created.body()).contains("\"status\":\"REGISTERED\"")
			.containsPattern("\"registrationNumber\":\"GM1-\\d{4}-\\d+\"")
			.containsPattern("\"dueOn\":\"\\d{4}-\\d{2}-\\d{2}\"")
			.contains("\"rule\":\"DL-1: 15 working days, receipt day not counted\"")
			.contains("\"levelOfStudy\":\"BACHELOR\"")
			.contains("\"speciality\":\"Жалпы медицина\"")
			.containsPattern("\"trackingCode\":\"[0-9A-Z]{16}\"");
		java.util.UUID id = java.util.UUID.fromString(idOf(created));
		// TERM-7: the receipt is issued after the registration commits, on another thread
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.audit.of(id)).extracting(AuditEntry::action)
				.containsExactly("RECEIVE", "REGISTER", "ISSUE_DOCUMENT"));
		List<AuditEntry> trail = this.audit.of(id);
		assertThat(trail.get(1).statusBefore()).isEqualTo("RECEIVED");
		assertThat(trail.get(1).statusAfter()).isEqualTo("REGISTERED");
		// personal data: the trail names no applicant
		assertThat(trail.get(1).actor()).isEqualTo("applicant");
	}

	@Test
	@DisplayName("Scope: another applicant and another school's dean's office get 404; the school's own office sees it")
	void outOfScopeAnswers404() {
		String id = idOf(call("POST", "/api/v1/appeals", "it-student-a", "kk", STUDENT_APPLICATION));
		assertThat(call("GET", "/api/v1/appeals/" + id, "it-student-a", "kk", null).status().value()).isEqualTo(200);
		assertThat(call("GET", "/api/v1/appeals/" + id, "it-office-gm1", "kk", null).status().value()).isEqualTo(200);
		Reply stranger = call("GET", "/api/v1/appeals/" + id, "it-student-b", "ru", null);
		assertThat(stranger.status().value()).isEqualTo(404);
		assertThat(stranger.contentType()).startsWith("application/problem+json");
		assertThat(stranger.body()).contains("Такое обращение не найдено");
		assertThat(call("GET", "/api/v1/appeals/" + id, "it-office-dent", "kk", null).status().value()).isEqualTo(404);
		assertThat(call("GET", "/api/v1/appeals?size=200", "it-student-b", "kk", null).body()).doesNotContain(id);
		assertThat(call("GET", "/api/v1/appeals?size=200", "it-student-a", "kk", null).body()).contains(id);
	}

	@Test
	@DisplayName("INT-9: missing Appendix 1 fields give problem+json listing each field, in the requested language")
	void invalidInputIsAProblemListingFields() {
		Reply reply = call("POST", "/api/v1/appeals", "it-student-a", "ru", """
				{"consent":true,"kind":"APPLICATION","applicantType":"STUDENT","addressee":"DEAN","schoolCode":"GM1",
				 "category":"ASSESSMENT","subject":"","text":"Текст","fullName":"Айгерім",
				 "address":"Алматы","phone":"+7 701 000 00 00","email":"not-an-email"}""");
		assertThat(reply.status().value()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.body()).contains("Некоторые поля запроса заполнены неверно")
			.contains("\"field\":\"subject\"")
			.contains("Напишите краткое содержание обращения")
			.contains("\"field\":\"email\"");
		Reply appendix = call("POST", "/api/v1/appeals", "it-student-a", "en",
				STUDENT_APPLICATION.replace("\"speciality\":\"Жалпы медицина\",", ""));
		assertThat(appendix.status().value()).isEqualTo(400);
		assertThat(appendix.body()).contains("\"field\":\"speciality\"").contains("Enter your speciality");
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.EnumSource(AppealKind.class)
	@DisplayName("TERM-1..TERM-4: every kind of appeal — application, complaint, proposal, inquiry, response — is accepted and registered")
	void everyKindIsAccepted(AppealKind kind) {
		Reply created = call("POST", "/api/v1/appeals", "it-student-a", "kk",
				STUDENT_APPLICATION.replace("\"kind\":\"APPLICATION\"", "\"kind\":\"" + kind + "\""));
		assertThat(created.status().value()).isEqualTo(201);
		assertThat(created.body()).contains("\"kind\":\"" + kind + "\"").contains("\"status\":\"REGISTERED\"");
	}

	@Autowired
	AppealManagement appeals;

	@Test
	@DisplayName("INT-5: on a channel nobody can be asked (e-mail), an appeal with refused files is still received, the files named")
	void appealIsNeverRefusedForItsFiles() {
		var received = this.appeals.receiveKeepingWhatFits(AppealFixtures.anonymousLetter("GM1"),
				java.time.Instant.now(), List.of(new IncomingFile("virus.exe", "MZ\u0090\u0000".getBytes()),
						new IncomingFile("empty.pdf", new byte[0])));
		assertThat(received.appeal().status()).isEqualTo(AppealStatus.RECEIVED);
		assertThat(this.appeals.find(received.appeal().id())).isPresent();
		assertThat(received.refusedFiles()).extracting(AppealManagement.RefusedFile::reasonKey)
			.containsExactly("appeal.attachment.typeNotAllowed", "appeal.attachment.empty");
	}

	@Test
	@DisplayName("Only applicants file; a dean's office account is refused with 403")
	void onlyApplicantsFile() {
		assertThat(call("POST", "/api/v1/appeals", "it-office-gm1", "kk", STUDENT_APPLICATION).status().value())
			.isEqualTo(403);
	}

	@Test
	@DisplayName("Audit: every view of a confidential appeal is recorded")
	void confidentialViewsAreAudited() {
		String json = STUDENT_APPLICATION.replace("\"email\":\"a@example.kz\"",
				"\"email\":\"a@example.kz\",\"confidential\":true");
		String id = idOf(call("POST", "/api/v1/appeals", "it-student-a", "kk", json));
		call("GET", "/api/v1/appeals/" + id, "it-office-gm1", "kk", null);
		assertThat(this.audit.of(java.util.UUID.fromString(id))).extracting(AuditEntry::action, AuditEntry::actor)
			.contains(org.assertj.core.groups.Tuple.tuple("VIEW", "Деканат GM1"));
	}

	@Test
	@DisplayName("Paging and filters on the list")
	void listIsPaged() {
		call("POST", "/api/v1/appeals", "it-student-a", "kk", STUDENT_APPLICATION);
		Reply page = call("GET", "/api/v1/appeals?status=REGISTERED&page=0&size=1", "it-student-a", "kk", null);
		assertThat(page.body()).contains("\"size\":1").containsPattern("\"hasNext\":(true|false)");
		assertThat(call("GET", "/api/v1/appeals?size=0", "it-student-a", "en", null).status().value()).isEqualTo(400);
		assertThat(call("GET", "/api/v1/appeals?status=NOPE", "it-student-a", "en", null).status().value())
			.isEqualTo(400);
	}

}

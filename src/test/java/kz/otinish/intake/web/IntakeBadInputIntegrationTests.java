package kz.otinish.intake.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import kz.otinish.BadInputs;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Attachment;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Nothing dropped, nothing half-written, for the portal and the desk, from the UI and
 * from the API: every bad input either ends as a REGISTERED appeal with all its files, or
 * as a clear localized error before anything is stored — never a 500, never an appeal
 * without its files or a file without its appeal (rows counted before and after). INT-5,
 * INT-6.
 */
@OtinishIntegrationTest
class IntakeBadInputIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	@Autowired
	JdbcClient jdbc;

	MockMvc mvc;

	record Rows(long appeals, long files) {
	}

	record Reply(int status, String contentType, String body) {
	}

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.accounts.ensureAccount("it-bad-student", "secret", "Студент Тексеруші", Role.STUDENT, "GM1",
				"bad@example.kz", null);
		this.accounts.ensureAccount("it-bad-registrar", "secret", "Тіркеуші Тексеруші", Role.REGISTRAR, null, null,
				null);
	}

	static List<BadInputs> inputs() {
		return BadInputs.all();
	}

	Rows rows() {
		return new Rows(this.jdbc.sql("select count(*) from appeal").query(Long.class).single(),
				this.jdbc.sql("select count(*) from attachment").query(Long.class).single());
	}

	@ParameterizedTest(name = "portal UI: {0}")
	@MethodSource("inputs")
	@DisplayName("INT-5, INT-9: the portal form stores bad input as a registered appeal with its files, or names the problem in Russian keeping what was typed")
	void portalForm(BadInputs input) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/appeals/new");
		formFields(request, input).param("lang", "ru");
		checkPage(input, request.with(user(this.accounts.loadUserByUsername("it-bad-student"))).with(csrf()), "/filed");
	}

	@ParameterizedTest(name = "desk UI: {0}")
	@MethodSource("inputs")
	@DisplayName("INT-5, INT-6: the desk's paper form stores bad input as a registered appeal with its scans, or names the problem in Russian keeping what was typed")
	void deskForm(BadInputs input) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/desk/paper");
		formFields(request, input).param("lang", "ru")
			.param("receivedOn", "2026-11-20")
			.param("receivedTime", "10:15")
			.param("documentType", "PASSPORT")
			.param("documentNumber", "N12345678");
		checkPage(input, request.with(user(this.accounts.loadUserByUsername("it-bad-registrar"))).with(csrf()),
				"/receipt");
	}

	@ParameterizedTest(name = "portal API: {0}")
	@MethodSource("inputs")
	@DisplayName("INT-5, INT-9: the portal API stores bad input as a registered appeal with its files, or answers a localized problem+json before storing anything")
	void portalApi(BadInputs input) {
		checkApi(input, "/api/v1/appeals", "it-bad-student", appealJson(input));
	}

	@ParameterizedTest(name = "desk API: {0}")
	@MethodSource("inputs")
	@DisplayName("INT-5, INT-6: the desk API stores bad input as a registered appeal with its scans, or answers a localized problem+json before storing anything")
	void deskApi(BadInputs input) {
		checkApi(input, "/api/v1/desk/paper", "it-bad-registrar", """
				{"appeal":%s,"documentType":"PASSPORT","documentNumber":"N12345678",
				 "receivedAt":"2026-11-20T10:15:00+05:00"}""".formatted(appealJson(input)));
	}

	private void checkPage(BadInputs input, org.springframework.test.web.servlet.RequestBuilder request, String suffix)
			throws Exception {
		Rows before = rows();
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		Rows after = rows();
		assertThat(response.getStatus()).as("never a 500").isLessThan(500);
		if (input.accepted()) {
			assertThat(response.getStatus()).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).matches("/appeals/[0-9a-f-]{36}" + suffix);
			UUID id = UUID.fromString(response.getRedirectedUrl().substring(9, 45));
			assertStored(input, id, before, after);
		}
		else {
			assertThat(response.getStatus()).isEqualTo(200);
			String page = response.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).contains("ot-error-summary")
				.containsAnyOf("файл", "Напишите", "Заполните", "не более", "Введите", "символ");
			assertThat(page).doesNotContain("appeal.attachment.").doesNotContain("??");
			assertThat(page).as("typed values are kept").contains("Студент Тексеруші");
			assertThat(after).as("nothing stored").isEqualTo(before);
		}
	}

	private void checkApi(BadInputs input, String path, String username, String json) {
		MultiValueMap<String, Object> parts = multipartBody(json, input.fileName(), input.file());
		Rows before = rows();
		Reply reply = RestClient.create("http://localhost:" + this.port)
			.post()
			.uri(path)
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((username + ":secret").getBytes(StandardCharsets.UTF_8)))
			.header("Accept-Language", "ru")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.exchange((req, res) -> new Reply(res.getStatusCode().value(),
					String.valueOf(res.getHeaders().getContentType()),
					new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
		Rows after = rows();
		assertThat(reply.status()).as("never a 500: " + reply.body()).isLessThan(500);
		if (input.accepted()) {
			assertThat(reply.status()).as(reply.body()).isEqualTo(201);
			UUID id = UUID.fromString(reply.body().replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1"));
			assertStored(input, id, before, after);
		}
		else {
			assertThat(reply.status()).isIn(400, 409);
			assertThat(reply.contentType()).startsWith("application/problem+json");
			assertThat(reply.body()).containsPattern("\"detail\":\"[^\"]*[а-яА-Я]")
				.doesNotContain("appeal.attachment.");
			assertThat(after).as("nothing stored").isEqualTo(before);
		}
	}

	/** A multipart body: the part "appeal" as JSON and, if given, one part "files". */
	static MultiValueMap<String, Object> multipartBody(String json, @Nullable String fileName, byte @Nullable [] file) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		HttpHeaders jsonHeaders = new HttpHeaders();
		jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
		parts.add("appeal", new HttpEntity<>(json.getBytes(StandardCharsets.UTF_8), jsonHeaders));
		if (file != null) {
			HttpHeaders fileHeaders = new HttpHeaders();
			fileHeaders.setContentType(MediaType.APPLICATION_OCTET_STREAM);
			fileHeaders.setContentDisposition(
					ContentDisposition.formData().name("files").filename(fileName, StandardCharsets.UTF_8).build());
			parts.add("files", new HttpEntity<>(file, fileHeaders));
		}
		return parts;
	}

	private void assertStored(BadInputs input, UUID id, Rows before, Rows after) {
		Appeal appeal = this.appeals.find(id).orElseThrow();
		assertThat(appeal.status().name()).isEqualTo("REGISTERED");
		assertThat(appeal.text().strip()).isEqualTo(input.storedText());
		assertThat(appeal.subject().strip()).isEqualTo(input.storedSubject());
		int files = input.file() == null ? 0 : 1;
		assertThat(after).isEqualTo(new Rows(before.appeals() + 1, before.files() + files));
		List<Attachment> stored = this.appeals.attachments(appeal);
		assertThat(stored).hasSize(files);
		if (files == 1) {
			assertThat(stored.get(0).fileName()).doesNotContain("/", "\\", "..", "\u0000");
			assertThat(stored.get(0).size()).isEqualTo(input.file().length);
		}
	}

	private static MockMultipartHttpServletRequestBuilder formFields(MockMultipartHttpServletRequestBuilder request,
			BadInputs input) {
		if (input.file() != null) {
			request.file(new MockMultipartFile("files", input.fileName(), "application/pdf", input.file()));
		}
		request.param("consent", "true")
			.param("applicantType", "STUDENT")
			.param("fullName", "Студент Тексеруші")
			.param("levelOfStudy", "BACHELOR")
			.param("speciality", "Жалпы медицина")
			.param("yearOfStudy", "2")
			.param("studyLanguage", "KAZAKH")
			.param("funding", "GRANT")
			.param("studyForm", "FULL_TIME")
			.param("address", "Алматы, Абай даңғылы 10")
			.param("phone", "+7 701 000 00 00")
			.param("email", "bad@example.kz")
			.param("kind", "APPLICATION")
			.param("addressee", "DEAN")
			.param("schoolCode", "GM1")
			.param("category", "OTHER")
			.param("subject", input.subject())
			.param("text", input.text())
			.param("language", "KK");
		return request;
	}

	private static String appealJson(BadInputs input) {
		return """
				{"consent":true,"kind":"APPLICATION","applicantType":"STUDENT","addressee":"DEAN","schoolCode":"GM1",
				 "category":"OTHER","subject":%s,"text":%s,"language":"KK","fullName":"Студент Тексеруші",
				 "levelOfStudy":"BACHELOR","speciality":"Жалпы медицина","yearOfStudy":2,"studyLanguage":"KAZAKH",
				 "funding":"GRANT","studyForm":"FULL_TIME","address":"Алматы, Абай даңғылы 10",
				 "phone":"+7 701 000 00 00","email":"bad@example.kz"}""".formatted(json(input.subject()),
				json(input.text()));
	}

	static String json(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20 || c == 0x7f) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}

package kz.otinish.mailbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import kz.otinish.BadInputs;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFilter;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.Attachment;
import kz.otinish.audit.AuditEntry;
import kz.otinish.audit.AuditTrail;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The letters over the API and the registrar's (re-)linking page (INT-2a), and the bad
 * inputs of e-mail: every bad letter ends as a RECEIVED appeal with its original, never a
 * half-written one. The letters are taken by the real intake (the IMAP side is proven
 * against GreenMail in {@link MailboxIntegrationTests}).
 */
@OtinishIntegrationTest
class MailboxApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MailIntake intake;

	@Autowired
	MailMessages letters;

	@Autowired
	AppealManagement appeals;

	@Autowired
	kz.otinish.appeal.AppealLists lists;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	record Reply(int status, String contentType, String body) {
	}

	record Rows(long appeals, long files, long letters) {
	}

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.accounts.ensureAccount("it-mail-registrar", "secret", "Тіркеуші Пошта", Role.REGISTRAR, null, null, null);
		this.accounts.ensureAccount("it-mail-gm1", "secret", "Деканат GM1 пошта", Role.DEANS_OFFICE, "GM1", null, null);
		this.accounts.ensureAccount("it-mail-dent", "secret", "Деканат DENT пошта", Role.DEANS_OFFICE, "DENT", null,
				null);
		this.accounts.ensureAccount("it-mail-wrong", "secret", "Ерлан Жұмабаев", Role.STUDENT, "GM1",
				"erlan.shared@example.kz", null);
		this.accounts.ensureAccount("it-mail-right", "secret", "Ержан Жұмабаев", Role.STUDENT, "GM1",
				"erzhan.mail@example.kz", null);
	}

	static MailboxSettings.Account account(@Nullable String school) {
		return new MailboxSettings.Account("api-" + UUID.randomUUID().toString().substring(0, 8), "127.0.0.1", 143,
				"imap", "api@university.example", "secret", "INBOX", school, DataSize.ofMegabytes(50));
	}

	static String b64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/** A letter as a mail client writes it: subject RFC 2047, body and file base64. */
	static byte[] letter(String messageId, String from, String subject, String text, @Nullable String fileName,
			byte @Nullable [] file) {
		StringBuilder raw = new StringBuilder();
		raw.append("From: ").append(from).append("\nSubject: =?UTF-8?B?").append(b64(subject)).append("?=\n");
		raw.append("Message-ID: ").append(messageId).append("\nMIME-Version: 1.0\n");
		raw.append("Content-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\n");
		raw.append("Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n");
		raw.append(Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))).append("\n");
		if (file != null) {
			raw.append("--b1\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n");
			raw.append("Content-Disposition: attachment; filename*=UTF-8''")
				.append(URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
				.append("\n\n");
			raw.append(Base64.getMimeEncoder().encodeToString(file)).append("\n");
		}
		raw.append("--b1--\n");
		return raw.toString().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	static String messageId() {
		return "<" + UUID.randomUUID() + "@mail.example.kz>";
	}

	MailMessage take(MailboxSettings.Account account, String messageId, byte[] raw) {
		assertThat(this.intake.take(account, raw, null)).isEqualTo(MailIntake.Outcome.STORED);
		return this.letters.findByMessageKey(MailIntake.keyOf(messageId, raw)).orElseThrow();
	}

	Reply call(HttpMethod method, String path, String user, String language, @Nullable String json) {
		RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + this.port)
			.method(method)
			.uri(path)
			.header("Accept-Language", language)
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8)))
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(json);
		}
		return request.exchange(
				(req, res) -> new Reply(res.getStatusCode().value(), String.valueOf(res.getHeaders().getContentType()),
						new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
	}

	@Test
	@DisplayName("INT-2, INT-1, INT-5: the mailbox API lists letters awaiting registration, shows one with its notes in the reader's language, and registers it; no endpoint refuses or deletes")
	void listShowRegister() {
		String id = messageId();
		MailMessage letter = take(account("GM1"), id, letter(id, "Сауле <saule.api@example.kz>", "Анықтама",
				"Оқу туралы анықтама беруіңізді сұраймын.", "бос.pdf", new byte[0]));

		Reply list = call(HttpMethod.GET, "/api/v1/mailbox/letters", "it-mail-gm1", "ru", null);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains(letter.id().toString()).contains("\"appealStatus\":\"RECEIVED\"");
		Reply shown = call(HttpMethod.GET, "/api/v1/mailbox/letters/" + letter.id(), "it-mail-registrar", "ru", null);
		assertThat(shown.body()).contains("\"status\":\"RECEIVED_WITH_NOTES\"")
			.contains("Не приложено: Файл «бос.pdf» пустой")
			.contains("\"sender\":\"saule.api@example.kz\"")
			.contains("Оқу туралы анықтама");

		Reply registered = call(HttpMethod.POST, "/api/v1/mailbox/letters/" + letter.id() + "/register", "it-mail-gm1",
				"kk", null);
		assertThat(registered.status()).isEqualTo(200);
		assertThat(registered.body()).contains("\"appealStatus\":\"REGISTERED\"")
			.containsPattern("\"registrationNumber\":\"GM1-\\d{4}-\\d+\"");
		assertThat(call(HttpMethod.GET, "/api/v1/mailbox/letters", "it-mail-gm1", "kk", null).body())
			.doesNotContain(letter.id().toString());
		Reply again = call(HttpMethod.POST, "/api/v1/mailbox/letters/" + letter.id() + "/register", "it-mail-registrar",
				"ru", null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");

		assertThat(call(HttpMethod.GET, "/api/v1/mailbox/letters/" + letter.id(), "it-mail-dent", "kk", null).status())
			.isEqualTo(404);
		assertThat(call(HttpMethod.DELETE, "/api/v1/mailbox/letters/" + letter.id(), "it-mail-registrar", "kk", null)
			.status()).isEqualTo(405);
		String openApi = call(HttpMethod.GET, "/v3/api-docs", "it-mail-registrar", "en", null).body();
		assertThat(openApi).contains("\"/api/v1/mailbox/letters/{id}/applicant\"")
			.contains("\"/api/v1/mailbox/letters/{id}/register\"");
	}

	@Test
	@DisplayName("INT-2: the registrar re-links an e-mail appeal to a different applicant by hand, from the API and from the page; each step is audited and the applicant then sees it")
	void relinkByHand() throws Exception {
		String id = messageId();
		MailMessage letter = take(account("GM1"), id, letter(id, "Жұмабаев <erlan.shared@example.kz>", "Стипендия",
				"Стипендия туралы сұрақ. Ержан Жұмабаев.", null, null));
		Appeal appeal = this.appeals.find(letter.appealId()).orElseThrow();
		CurrentUser wrong = this.accounts.byUsername("it-mail-wrong").orElseThrow();
		CurrentUser right = this.accounts.byUsername("it-mail-right").orElseThrow();
		assertThat(appeal.applicantUserId()).as("linked by the sender's address").isEqualTo(wrong.id());

		Reply relinked = call(HttpMethod.PUT, "/api/v1/mailbox/letters/" + letter.id() + "/applicant",
				"it-mail-registrar", "kk", "{\"username\":\"it-mail-right\"}");
		assertThat(relinked.status()).as(relinked.body()).isEqualTo(200);
		assertThat(relinked.body()).contains("\"username\":\"it-mail-right\"");
		assertThat(this.appeals.find(appeal.id()).orElseThrow().applicantUserId()).isEqualTo(right.id());
		assertThat(this.lists.list(AppealFilter.none(), PageRequest.of(0, 200), right).getContent())
			.extracting(Appeal::id)
			.contains(appeal.id());
		assertThat(this.lists.list(AppealFilter.none(), PageRequest.of(0, 200), wrong).getContent())
			.extracting(Appeal::id)
			.doesNotContain(appeal.id());
		Reply same = call(HttpMethod.PUT, "/api/v1/mailbox/letters/" + letter.id() + "/applicant", "it-mail-registrar",
				"ru", "{\"username\":\"it-mail-right\"}");
		assertThat(same.status()).isEqualTo(409);
		assertThat(same.body()).contains("уже привязано");
		Reply notApplicant = call(HttpMethod.PUT, "/api/v1/mailbox/letters/" + letter.id() + "/applicant",
				"it-mail-registrar", "ru", "{\"username\":\"it-mail-dent\"}");
		assertThat(notApplicant.status()).isEqualTo(409);
		assertThat(call(HttpMethod.PUT, "/api/v1/mailbox/letters/" + letter.id() + "/applicant", "it-mail-dent", "kk",
				"{\"username\":\"it-mail-wrong\"}")
			.status()).isEqualTo(404);

		// the page: the sender's account is offered, the directory search finds the other
		var registrar = user(this.accounts.loadUserByUsername("it-mail-registrar"));
		String page = this.mvc.perform(get("/mailbox/" + letter.id() + "/applicant?lang=ru&q=Жұмабаев").with(registrar))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Привязка письма к заявителю")
			.contains("Адрес отправителя принадлежит учётной записи: Ерлан Жұмабаев")
			.contains("Ержан Жұмабаев (it-mail-right)")
			.contains("value=\"it-mail-wrong\"");
		this.mvc
			.perform(post("/mailbox/" + letter.id() + "/applicant").param("username", "it-mail-wrong")
				.with(registrar)
				.with(csrf()))
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
				.isEqualTo("/mailbox/" + letter.id() + "/applicant"));
		assertThat(this.appeals.find(appeal.id()).orElseThrow().applicantUserId()).isEqualTo(wrong.id());
		String refused = this.mvc
			.perform(post("/mailbox/" + letter.id() + "/applicant?lang=ru").param("username", "it-mail-wrong")
				.with(registrar)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("ot-error-summary").contains("Обращение уже привязано к этому заявителю");

		// the appeal is confidential (no postal address: TERM-5), so every view is on the
		// trail too
		List<AuditEntry> trail = this.audit.of(appeal.id())
			.stream()
			.filter(entry -> !"VIEW".equals(entry.action()))
			.toList();
		assertThat(trail).extracting(AuditEntry::action).containsExactly("RECEIVE", "LINK_APPLICANT", "LINK_APPLICANT");
		assertThat(trail.get(1).actor()).isEqualTo("Тіркеуші Пошта");
		// personal data: the trail, never anonymised, does not name the applicant
		assertThat(trail.get(1).detail()).isNull();
		assertThat(trail.get(2).detail()).isNull();
		assertThat(this.mvc
			.perform(get("/mailbox/" + letter.id() + "/applicant")
				.with(user(this.accounts.loadUserByUsername("it-mail-dent"))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	Rows rows() {
		return new Rows(this.jdbc.sql("select count(*) from appeal").query(Long.class).single(),
				this.jdbc.sql("select count(*) from attachment").query(Long.class).single(),
				this.jdbc.sql("select count(*) from mail_message").query(Long.class).single());
	}

	static List<BadInputs> inputs() {
		return BadInputs.all();
	}

	@ParameterizedTest(name = "e-mail: {0}")
	@MethodSource("inputs")
	@DisplayName("INT-5, INT-2: every bad letter becomes a RECEIVED appeal kept with its original; a refused file is noted, never half-stored")
	void badLetters(BadInputs input) {
		String id = messageId();
		byte[] raw = letter(id, "Тексеру <check.api@example.kz>", input.subject(), input.text(), input.fileName(),
				input.file());
		Rows before = rows();
		MailMessage letter = take(account("GM1"), id, raw);
		Rows after = rows();
		Appeal appeal = this.appeals.find(letter.appealId()).orElseThrow();
		assertThat(appeal.status()).isEqualTo(AppealStatus.RECEIVED);
		assertThat(letter.raw()).isEqualTo(raw);
		assertThat(appeal.text()).doesNotContain("\u0000").isNotBlank();
		List<Attachment> files = this.appeals.attachments(appeal);
		int attached = input.file() != null && input.accepted() ? 1 : 0;
		assertThat(files).hasSize(attached);
		assertThat(after).isEqualTo(new Rows(before.appeals() + 1, before.files() + attached, before.letters() + 1));
		if (input.file() != null && !input.accepted()) {
			assertThat(letter.status()).isEqualTo(MailStatus.RECEIVED_WITH_NOTES);
			assertThat(appeal.text()).contains(input.fileName());
		}
		if (attached == 1) {
			assertThat(files.get(0).fileName()).doesNotContain("/", "\\", "..");
		}
	}

	@Test
	@DisplayName("INT-5: a letter whose body is invalid UTF-8 becomes a RECEIVED appeal with the bad bytes replaced, and its original kept")
	void invalidUtf8() {
		String id = messageId();
		byte[] head = ("From: bytes@example.kz\r\nSubject: Bytes\r\nMessage-ID: " + id
				+ "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
				+ "Content-Transfer-Encoding: 8bit\r\n\r\nБасы ")
			.getBytes(StandardCharsets.UTF_8);
		byte[] bad = { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, '\r', '\n' };
		byte[] raw = new byte[head.length + bad.length];
		System.arraycopy(head, 0, raw, 0, head.length);
		System.arraycopy(bad, 0, raw, head.length, bad.length);
		Rows before = rows();
		MailMessage letter = take(account(null), id, raw);
		assertThat(rows()).isEqualTo(new Rows(before.appeals() + 1, before.files(), before.letters() + 1));
		Appeal appeal = this.appeals.find(letter.appealId()).orElseThrow();
		assertThat(appeal.text()).startsWith("Басы").contains("\uFFFD");
		assertThat(letter.raw()).isEqualTo(raw);
	}

}

package kz.otinish.blog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.audit.AuditTrail;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * TERM-5, INT-3, INT-4: an anonymous letter written by a signed-in person leaves nothing
 * that leads back to them: not in the stored post, the moderation queue, the appeal it
 * becomes, the audit trail, the events or the notifications; no client address is stored
 * for any post.
 */
@OtinishIntegrationTest
class BlogAnonymityIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	BlogPosts posts;

	@Autowired
	AppealManagement appeals;

	@Autowired
	JdbcClient jdbc;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.accounts.ensureAccount("it-anon-moderator", "secret", "Аноним модераторы", Role.MODERATOR, null, null,
				null);
	}

	/** A student of GM1 known only to this test, so that any trace of them is theirs. */
	CurrentUser student(String username) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		return this.accounts.ensureAccount(username, "secret", "Құпиятаев Жасырынбек " + suffix, Role.STUDENT, "GM1",
				"hidden." + suffix + "@example.kz", "+7701" + Math.abs(suffix.hashCode() % 10_000_000));
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	@DisplayName("TERM-5, INT-3: a signed-in student's anonymous letter on the page is stored, queued, routed, audited and notified without any link to the account, session or address")
	void anonymousLetterOnThePage() throws Exception {
		CurrentUser student = student("it-anon-page-student");
		MockHttpSession session = new MockHttpSession(null, "session-" + UUID.randomUUID());
		String address = "203.0.113.71";
		page(get("/blog").session(session).with(user(this.accounts.loadUserByUsername(student.username()))));
		var result = this.mvc
			.perform(post("/blog").session(session)
				.with(user(this.accounts.loadUserByUsername(student.username())))
				.with(csrf())
				.with(from(address))
				.param("text", "Жатақханада күзетші студенттерден ақша алады. " + UUID.randomUUID())
				.param("fullName", "")
				.param("address", "")
				.param("contact", "")
				.param("category", "HOUSING")
				.param("schoolCode", "GM1"))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(result.getFlashMap().get("anonymous")).isEqualTo(true);
		BlogPost post = this.posts.findByReference((String) result.getFlashMap().get("reference")).orElseThrow();
		assertThat(post.accountId()).isNull();

		String queue = page(get("/blog/moderation").param("lang", "en").with(moderatorUser()));
		String postPage = page(get("/blog/moderation/" + post.id()).param("lang", "en").with(moderatorUser()));
		assertThat(queue).contains(post.reference());
		assertThat(postPage).doesNotContain("signed-in").doesNotContain("Written by");
		this.mvc
			.perform(post("/blog/moderation/" + post.id() + "/route").param("schoolCode", "GM1")
				.with(csrf())
				.with(moderatorUser()))
			.andExpect(status().isFound());

		assertUntraceable(post.id(), student, address, session.getId(), queue + postPage);
	}

	@Test
	@DisplayName("TERM-5, INT-3: a signed-in student's anonymous letter over the API leaves no trace of the account or address in the post, the queue's JSON, the appeal or the audit trail")
	void anonymousLetterOverTheApi() throws Exception {
		CurrentUser student = student("it-anon-api-student");
		String address = "203.0.113.72";
		MockHttpServletResponse written = this.mvc
			.perform(post("/api/v1/blog/posts").with(httpBasic(student.username(), "secret"))
				.with(from(address))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"Оқытушы емтихан үшін ақша сұрайды. " + UUID.randomUUID()
						+ "\",\"schoolCode\":\"GM1\"}"))
			.andReturn()
			.getResponse();
		assertThat(written.getStatus()).isEqualTo(201);
		String receipt = written.getContentAsString(StandardCharsets.UTF_8);
		assertThat(receipt).contains("\"anonymous\":true");
		BlogPost post = this.posts.findByReference(receipt.replaceAll("(?s).*\"reference\":\"([^\"]+)\".*", "$1"))
			.orElseThrow();

		var moderator = httpBasic("it-anon-moderator", "secret");
		String queue = this.mvc.perform(get("/api/v1/blog/moderation").with(moderator))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String one = this.mvc.perform(get("/api/v1/blog/moderation/" + post.id()).with(moderator))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(queue).contains(post.reference()).doesNotContain("signedIn");
		assertThat(one).doesNotContain("signedIn");
		this.mvc
			.perform(post("/api/v1/blog/moderation/" + post.id() + "/route").with(moderator)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"schoolCode\":\"GM1\"}"))
			.andExpect(status().isOk());

		assertUntraceable(post.id(), student, address, null, queue + one);
	}

	@Test
	@DisplayName("TERM-5: a signed-in author who gives name and postal address is linked to the account; the audit records an applicant's step without the name")
	void identifiedLetterStaysLinked() throws Exception {
		CurrentUser student = student("it-anon-named-student");
		MockHttpServletResponse written = this.mvc
			.perform(post("/api/v1/blog/posts").with(httpBasic(student.username(), "secret"))
				.with(from("203.0.113.73"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"Стипендия кешігіп жатыр.\",\"fullName\":\"" + student.fullName()
						+ "\",\"address\":\"Алматы, Абай даңғылы 10\",\"schoolCode\":\"GM1\"}"))
			.andReturn()
			.getResponse();
		assertThat(written.getStatus()).isEqualTo(201);
		String receipt = written.getContentAsString(StandardCharsets.UTF_8);
		assertThat(receipt).contains("\"anonymous\":false");
		BlogPost post = this.posts.findByReference(receipt.replaceAll("(?s).*\"reference\":\"([^\"]+)\".*", "$1"))
			.orElseThrow();
		assertThat(post.accountId()).isEqualTo(student.id());
		this.mvc
			.perform(post("/api/v1/blog/moderation/" + post.id() + "/route")
				.with(httpBasic("it-anon-moderator", "secret"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"schoolCode\":\"GM1\"}"))
			.andExpect(status().isOk());
		Appeal appeal = this.appeals.find(this.posts.findById(post.id()).orElseThrow().appealId()).orElseThrow();
		assertThat(appeal.applicantUserId()).isEqualTo(student.id());
		assertThat(rows("select * from audit_entry where subject_id = ? and action = 'RECEIVE'", post.id()))
			.singleElement()
			// personal data: an applicant's own step is recorded as the applicant's,
			// without
			// the name (the trail is never anonymised); the post itself stays linked
			.satisfies(row -> {
				assertThat(row.get("actor")).isEqualTo(kz.otinish.audit.AuditTrail.APPLICANT);
				assertThat(row.get("actor_role")).isEqualTo("STUDENT");
			});
	}

	RequestPostProcessor moderatorUser() {
		return user(this.accounts.loadUserByUsername("it-anon-moderator"));
	}

	/**
	 * Everything the letter left behind — the post and its history, the appeal with its
	 * parts, the audit rows, the event publications, the notifications, any other table —
	 * holds none of the author's account id, username, name, e-mail, phone, session or
	 * address; only their own account row knows them.
	 */
	void assertUntraceable(UUID postId, CurrentUser author, String address,
			@org.jspecify.annotations.Nullable String session, String moderatorSaw) {
		List<String> traces = new ArrayList<>(
				List.of(author.id().toString(), author.username(), author.fullName(), address));
		if (author.email() != null) {
			traces.add(author.email());
		}
		if (author.phone() != null) {
			traces.add(author.phone());
		}
		if (session != null) {
			traces.add(session);
		}

		// (a) the stored post
		Map<String, Object> stored = rows("select * from blog_post where id = ?", postId).get(0);
		assertThat(stored.get("account_id")).isNull();
		assertThat(stored.get("author_name")).isNull();
		assertThat(stored.get("author_contact")).isNull();
		// (b) the moderation queue and the post's page
		for (String trace : traces) {
			assertThat(moderatorSaw).as("the moderator's view").doesNotContain(trace);
		}
		// (c) the appeal the routing made
		UUID appealId = (UUID) stored.get("appeal_id");
		assertThat(appealId).isNotNull();
		Appeal appeal = this.appeals.find(appealId).orElseThrow();
		assertThat(appeal.applicantUserId()).isNull();
		assertThat(appeal.applicant().fullName()).isNull();
		assertThat(appeal.applicant().email()).isNull();
		assertThat(appeal.applicant().phone()).isNull();
		// (d) the audit rows of the post and the appeal: the post was received from the
		// blog's visitor
		assertThat(rows("select * from audit_entry where subject_id = ? and action = 'RECEIVE'", postId))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.get("actor")).isEqualTo(AuditTrail.VISITOR);
				assertThat(row.get("actor_role")).isNull();
			});
		// (a), (c), (d), (e): no table but the account's own holds a trace of the author
		assertThat(tables()).contains("blog_post", "blog_post_step", "appeal", "audit_entry", "event_publication",
				"notification");
		for (String table : tables()) {
			if (table.equals("user_account") || table.startsWith("flyway")) {
				continue;
			}
			for (Map<String, Object> row : rows("select * from " + table)) {
				for (Map.Entry<String, Object> column : row.entrySet()) {
					String value = String.valueOf(column.getValue());
					for (String trace : traces) {
						assertThat(value).as("%s.%s", table, column.getKey()).doesNotContain(trace);
					}
				}
			}
		}
	}

	List<String> tables() {
		return this.jdbc
			.sql("select table_name from information_schema.tables where lower(table_schema) = lower(current_schema) "
					+ "and table_type in ('BASE TABLE', 'TABLE')")
			.query(String.class)
			.list()
			.stream()
			.map(name -> name.toLowerCase(java.util.Locale.ROOT))
			.toList();
	}

	List<Map<String, Object>> rows(String sql, Object... params) {
		List<Map<String, Object>> rows = this.jdbc.sql(sql).params(params).query().listOfRows();
		return rows.stream().map(row -> {
			Map<String, Object> lower = new java.util.HashMap<>();
			row.forEach((key, value) -> lower.put(key.toLowerCase(java.util.Locale.ROOT), value));
			return (Map<String, Object>) lower;
		}).toList();
	}

}

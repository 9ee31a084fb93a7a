package kz.otinish.blog;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import kz.otinish.BadInputs;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.Channel;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The Rector's blog over the API (INT-2c, INT-3, INT-4, INT-5, TERM-5), and the bad
 * inputs of the blog's public form and API.
 */
@OtinishIntegrationTest
class BlogApiIntegrationTests {

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
		this.accounts.ensureAccount("it-blogapi-moderator", "secret", "Модератор Апи", Role.MODERATOR, null, null,
				null);
		this.accounts.ensureAccount("it-blogapi-student", "secret", "Ерасыл Апи", Role.STUDENT, "GM1",
				"erasyl.api@example.kz", null);
	}

	MockHttpServletResponse call(MockHttpServletRequestBuilder request, String language) throws Exception {
		return this.mvc
			.perform(request.with(BlogIntegrationTests.freshAddress())
				.header("Accept-Language", language)
				.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON))
			.andReturn()
			.getResponse();
	}

	MockHttpServletResponse json(MockHttpServletRequestBuilder request, String language, String body) throws Exception {
		return call(request.contentType(MediaType.APPLICATION_JSON).content(body), language);
	}

	static String body(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	static String referenceOf(MockHttpServletResponse response) throws Exception {
		return body(response).replaceAll("(?s).*\"reference\":\"([^\"]+)\".*", "$1");
	}

	@Test
	@DisplayName("INT-2, INT-3, INT-5: over the API anyone writes to the Rector, a moderator publishes an anonymised answer and routes the post to a dean's office, where it is a REGISTERED appeal; nothing deletes")
	void writeModeratePublishRoute() throws Exception {
		String marker = UUID.randomUUID().toString();
		MockHttpServletResponse written = json(post("/api/v1/blog/posts"), "kk", """
				{"text":"Кітапханада орын жетпейді. %s","fullName":"Айдана","address":"Алматы, Төле би 1",
				 "contact":"aidana@example.kz","category":"RESOURCES_AND_CONDITIONS","schoolCode":"GM1"}"""
			.formatted(marker));
		assertThat(written.getStatus()).as(body(written)).isEqualTo(201);
		assertThat(body(written)).containsPattern("\"reference\":\"BLOG-[0-9A-Z-]{19}\"")
			.contains("\"anonymous\":false");
		BlogPost post = this.posts.findByReference(referenceOf(written)).orElseThrow();
		assertThat(post.accountId()).isNull();

		var moderator = httpBasic("it-blogapi-moderator", "secret");
		assertThat(body(call(get("/api/v1/blog/moderation").with(moderator), "kk"))).contains(post.id().toString());
		assertThat(body(call(get("/api/v1/blog/moderation/" + post.id()).with(moderator), "kk")))
			.contains("\"suggestions\":");
		MockHttpServletResponse naming = json(post("/api/v1/blog/moderation/" + post.id() + "/publish").with(moderator),
				"ru", """
						{"question":"Волков Андрей не даёт места в библиотеке.","answer":"Оқу залы кеңейтіледі."}""");
		assertThat(naming.getStatus()).as(body(naming)).isEqualTo(400);
		assertThat(body(naming)).as("INT-3: warned before a name goes public")
			.contains("\"question\"")
			.contains("В вопросе назван сотрудник: Волков Андрей");
		MockHttpServletResponse published = json(
				post("/api/v1/blog/moderation/" + post.id() + "/publish").with(moderator), "kk", """
						{"question":"Кітапханада орын жетпейді.","answer":"Оқу залы кеңейтіледі."}""");
		assertThat(published.getStatus()).as(body(published)).isEqualTo(200);
		assertThat(body(published)).contains("\"status\":\"PUBLISHED\"");
		MockHttpServletResponse twice = json(post("/api/v1/blog/moderation/" + post.id() + "/refuse").with(moderator),
				"ru", "{\"reason\":\"Повтор\"}");
		assertThat(twice.getStatus()).isEqualTo(409);
		assertThat(twice.getContentType()).startsWith("application/problem+json");
		assertThat(body(call(get("/api/v1/blog/answers"), "kk"))).contains("Оқу залы кеңейтіледі.")
			.doesNotContain(marker);

		MockHttpServletResponse routed = json(post("/api/v1/blog/moderation/" + post.id() + "/route").with(moderator),
				"kk", "{\"schoolCode\":\"GM1\"}");
		assertThat(routed.getStatus()).as(body(routed)).isEqualTo(200);
		assertThat(body(routed)).contains("\"routing\":\"DEANS_OFFICE\"");
		Appeal appeal = this.appeals.find(this.posts.findById(post.id()).orElseThrow().appealId()).orElseThrow();
		assertThat(appeal.channel()).isEqualTo(Channel.RECTOR_BLOG);
		assertThat(appeal.status()).isEqualTo(AppealStatus.REGISTERED);
		assertThat(appeal.schoolCode()).isEqualTo("GM1");
		assertThat(
				json(post("/api/v1/blog/moderation/" + post.id() + "/triage").with(moderator), "kk", "{}").getStatus())
			.isEqualTo(409);

		assertThat(call(delete("/api/v1/blog/moderation/" + post.id()).with(moderator), "kk").getStatus())
			.isEqualTo(405);
		assertThat(this.posts.findById(post.id())).isPresent();
		assertThat(
				call(get("/api/v1/blog/moderation").with(httpBasic("it-blogapi-student", "secret")), "kk").getStatus())
			.isEqualTo(403);
		assertThat(call(get("/api/v1/blog/moderation"), "kk").getStatus()).isEqualTo(401);
	}

	@Test
	@DisplayName("TERM-5, INT-4, INT-5: an anonymous post of a signed-in user over the API is not linked to the account; refused for publication it stays on record and, sent to anonymous triage, becomes an anonymous registered appeal")
	void signedInRefusedThenTriage() throws Exception {
		MockHttpServletResponse written = json(
				post("/api/v1/blog/posts").with(httpBasic("it-blogapi-student", "secret")), "ru",
				"{\"text\":\"Преподаватель требует деньги за зачёт. " + UUID.randomUUID() + "\"}");
		assertThat(written.getStatus()).isEqualTo(201);
		assertThat(body(written)).contains("\"anonymous\":true");
		BlogPost post = this.posts.findByReference(referenceOf(written)).orElseThrow();
		assertThat(post.accountId()).isNull();

		var moderator = httpBasic("it-blogapi-moderator", "secret");
		MockHttpServletResponse noReason = json(
				post("/api/v1/blog/moderation/" + post.id() + "/refuse").with(moderator), "ru", "{\"reason\":\" \"}");
		assertThat(noReason.getStatus()).isEqualTo(400);
		assertThat(body(noReason)).contains("\"field\":\"reason\"");
		assertThat(json(post("/api/v1/blog/moderation/" + post.id() + "/refuse").with(moderator), "ru",
				"{\"reason\":\"Содержит обвинения в адрес конкретного лица\"}")
			.getStatus()).isEqualTo(200);
		MockHttpServletResponse triaged = call(post("/api/v1/blog/moderation/" + post.id() + "/triage").with(moderator),
				"kk");
		assertThat(triaged.getStatus()).isEqualTo(200);
		assertThat(body(triaged)).contains("\"status\":\"REFUSED\"").contains("\"routing\":\"ANONYMOUS_TRIAGE\"");
		Appeal appeal = this.appeals.find(this.posts.findById(post.id()).orElseThrow().appealId()).orElseThrow();
		assertThat(appeal.anonymous()).isTrue();
		assertThat(appeal.applicantUserId()).isNull();
		assertThat(appeal.status()).isEqualTo(AppealStatus.REGISTERED);
	}

	@Test
	@DisplayName("INT-3: posting over the API is limited per address like the page: over the limit a 429 problem+json in the reader's language")
	void postingIsRateLimited() throws Exception {
		String address = "198.51.100." + (int) (Math.random() * 200 + 20);
		MockHttpServletResponse last = null;
		for (int i = 0; i < 21; i++) {
			last = this.mvc.perform(post("/api/v1/blog/posts").with(request -> {
				request.setRemoteAddr(address);
				return request;
			}).header("Accept-Language", "ru").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Лимит\"}"))
				.andReturn()
				.getResponse();
			if (i < 20) {
				assertThat(last.getStatus()).isEqualTo(201);
			}
		}
		assertThat(last.getStatus()).isEqualTo(429);
		assertThat(last.getContentType()).startsWith("application/problem+json");
		assertThat(body(last)).contains("слишком много писем");
		assertThat(last.getHeader("Retry-After")).isNotBlank();
	}

	static List<BadInputs> inputs() {
		return BadInputs.textOnly().toList();
	}

	long rows() {
		return this.jdbc.sql("select count(*) from blog_post").query(Long.class).single();
	}

	static boolean fits(BadInputs input) {
		return input.accepted() && input.text().length() <= PostForm.MAX_TEXT;
	}

	@ParameterizedTest(name = "blog page: {0}")
	@MethodSource("inputs")
	@DisplayName("INT-5: the blog's public form stores bad input as a post awaiting moderation, or names the problem in Russian before storing anything")
	void badInputOnThePage(BadInputs input) throws Exception {
		long before = rows();
		MockHttpServletResponse response = this.mvc
			.perform(post("/blog?lang=ru").param("text", input.text())
				.param("fullName", input.subject())
				.with(csrf())
				.with(BlogIntegrationTests.freshAddress()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isLessThan(500);
		if (fits(input)) {
			assertThat(response.getRedirectedUrl()).isEqualTo("/blog/sent");
			assertThat(rows()).isEqualTo(before + 1);
		}
		else {
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(body(response)).contains("ot-error-summary").containsAnyOf("Напишите текст", "не длиннее");
			assertThat(rows()).isEqualTo(before);
		}
	}

	@ParameterizedTest(name = "blog API: {0}")
	@MethodSource("inputs")
	@DisplayName("INT-5: the blog API stores bad input as a post awaiting moderation with control characters dropped, or answers a localized problem+json before storing anything")
	void badInputOverTheApi(BadInputs input) throws Exception {
		long before = rows();
		MockHttpServletResponse response = json(post("/api/v1/blog/posts"), "ru",
				"{\"text\":%s,\"fullName\":%s}".formatted(jsonString(input.text()), jsonString(input.subject())));
		assertThat(response.getStatus()).isLessThan(500);
		if (fits(input)) {
			assertThat(response.getStatus()).isEqualTo(201);
			assertThat(rows()).isEqualTo(before + 1);
			BlogPost post = this.posts.findByReference(referenceOf(response)).orElseThrow();
			assertThat(post.text()).isEqualTo(input.storedText().replace("\r\n", "\n"));
			assertThat(post.status()).isEqualTo(PostStatus.AWAITING_MODERATION);
		}
		else {
			assertThat(response.getStatus()).isEqualTo(400);
			assertThat(response.getContentType()).startsWith("application/problem+json");
			assertThat(body(response)).contains("\"field\":\"text\"").containsAnyOf("Напишите текст", "не длиннее");
			assertThat(rows()).isEqualTo(before);
		}
	}

	static String jsonString(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20 || c == 0x7f) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}

}

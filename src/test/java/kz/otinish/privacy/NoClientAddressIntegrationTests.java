package kz.otinish.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal data: Otinish stores no client address. After filing on the portal, tracking
 * look-ups (page and API), letters to the Rector's blog (page and API) and a failed
 * sign-in from two addresses (the connection's and a forwarded one), no column of any
 * table holds either; the rate limiters keep addresses in memory only.
 */
@OtinishIntegrationTest
class NoClientAddressIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	@Autowired
	JdbcClient jdbc;

	static RequestPostProcessor from(String address, String forwarded) {
		return request -> {
			request.setRemoteAddr(address);
			request.addHeader("X-Forwarded-For", forwarded);
			request.addHeader("X-Real-IP", forwarded);
			return request;
		};
	}

	@Test
	@DisplayName("INT-1, INT-3, personal data: after filing, tracking, blog letters and a failed sign-in, no table holds the client's address")
	void noTableHoldsTheClientAddress() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String address = "198.51.100." + random.nextInt(2, 250);
		String forwarded = "2001:db8:" + Integer.toHexString(random.nextInt(0x1000, 0xffff)) + "::"
				+ Integer.toHexString(random.nextInt(0x1000, 0xffff));
		RequestPostProcessor client = from(address, forwarded);
		this.accounts.ensureAccount("it-noip-student", "secret", "Мекенжайсыз Студент", Role.STUDENT, "GM1",
				"noip@example.kz", null);

		String location = mvc
			.perform(multipart("/appeals/new").param("consent", "true")
				.param("kind", "APPLICATION")
				.param("applicantType", "STUDENT")
				.param("fullName", "Мекенжайсыз Студент")
				.param("levelOfStudy", "BACHELOR")
				.param("speciality", "Жалпы медицина")
				.param("yearOfStudy", "2")
				.param("studyLanguage", "KAZAKH")
				.param("funding", "GRANT")
				.param("studyForm", "FULL_TIME")
				.param("address", "Алматы, Абай 2")
				.param("phone", "+7 701 000 00 02")
				.param("email", "noip@example.kz")
				.param("addressee", "DEAN")
				.param("schoolCode", "GM1")
				.param("category", "ASSESSMENT")
				.param("subject", "Мекенжайсыз өтініш")
				.param("text", "Бағамен келіспеймін.")
				.param("language", "KK")
				.with(user(this.accounts.loadUserByUsername("it-noip-student")))
				.with(csrf())
				.with(client))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Appeal appeal = this.appeals
			.find(java.util.UUID.fromString(location.replaceAll("/appeals/([0-9a-f-]{36})/filed", "$1")))
			.orElseThrow();
		String number = appeal.registration().orElseThrow().number();

		mvc.perform(get("/track").param("number", number).param("code", appeal.trackingCode()).with(client))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/tracking").contentType(MediaType.APPLICATION_JSON)
			.content("{\"number\":\"" + number + "\",\"code\":\"" + appeal.trackingCode() + "\"}")
			.with(client)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/blog/posts").contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"Кітапханада орын жетпейді.\",\"fullName\":\"Мекенжайсыз Автор\","
					+ "\"address\":\"Алматы, Абай 3\",\"contact\":\"noip.blog@example.kz\",\"schoolCode\":\"GM1\"}")
			.with(client)).andExpect(status().isCreated());
		mvc.perform(post("/blog").param("text", "Асханада кезек көп. Анонимді хат.")
			.param("schoolCode", "GM1")
			.param("category", "OTHER")
			.with(csrf())
			.with(client));
		mvc.perform(post("/sign-in").param("username", "it-noip-student")
			.param("password", "wrong")
			.with(csrf())
			.with(client));

		// what listeners write after commit (documents, notifications) is in place too
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("select count(*) from issued_document where appeal_id = :id")
				.param("id", appeal.id())
				.query(Long.class)
				.single() > 0);
		List<String> tables = tables();
		assertThat(tables).contains("appeal", "blog_post", "audit_entry", "event_publication", "notification",
				"account_consent");
		for (String table : tables) {
			if (table.startsWith("flyway")) {
				continue;
			}
			for (Map<String, Object> row : this.jdbc.sql("select * from " + table).query().listOfRows()) {
				for (Map.Entry<String, Object> column : row.entrySet()) {
					Object value = column.getValue();
					String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1)
							: String.valueOf(value);
					assertThat(text).as("%s.%s", table, column.getKey())
						.doesNotContain(address)
						.doesNotContain(forwarded);
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
			.map(name -> name.toLowerCase(Locale.ROOT))
			.toList();
	}

}

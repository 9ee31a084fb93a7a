package kz.otinish.paths;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import kz.otinish.TestMailServer;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real HTTP API as the real roles call it (HTTP Basic over the running server's
 * port), and the mail they receive in GreenMail.
 */
final class EndToEnd {

	/** The accounts the organization data names (created with the demo password). */
	static final Set<String> ORGANIZATION_ACCOUNTS = Set.of("dean", "secretary", "member", "vicerector",
			"ethics-secretary");

	private final int port;

	EndToEnd(int port) {
		this.port = port;
	}

	/** One answer of the API: status, content type and body. */
	record Reply(int status, String contentType, String body) {

		<T> T read(String path) {
			return JsonPath.read(this.body, path);
		}

		Reply expect(int expected) {
			assertThat(this.status).as(this.body).isEqualTo(expected);
			return this;
		}

		UUID id() {
			return UUID.fromString(read("$.id"));
		}

	}

	Reply call(HttpMethod method, String path, String username, @Nullable Object body, MediaType type,
			String language) {
		String password = ORGANIZATION_ACCOUNTS.contains(username) ? "demo" : "secret";
		RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + this.port)
			.method(method)
			.uri(path)
			.header("Accept-Language", language)
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
		if (body != null) {
			request.contentType(type).body(body);
		}
		return request.exchange(
				(req, res) -> new Reply(res.getStatusCode().value(), String.valueOf(res.getHeaders().getContentType()),
						new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
	}

	Reply get(String path, String username) {
		return call(HttpMethod.GET, path, username, null, MediaType.APPLICATION_JSON, "kk");
	}

	Reply post(String path, String username, @Nullable String json) {
		return call(HttpMethod.POST, path, username, json, MediaType.APPLICATION_JSON, "kk");
	}

	Reply post(String path, String username, @Nullable String json, String language) {
		return call(HttpMethod.POST, path, username, json, MediaType.APPLICATION_JSON, language);
	}

	Reply multipart(String path, String username, MultiValueMap<String, Object> parts) {
		return call(HttpMethod.POST, path, username, parts, MediaType.MULTIPART_FORM_DATA, "kk");
	}

	// ------------------------------------------------------------------ the steps

	/** REV-1: the dean routes to the body and names the executor. */
	void route(UUID appealId, String bodyCode, String executor) {
		Reply routed = post("/api/v1/appeals/" + appealId + "/routing", "dean",
				"{\"bodyCode\":\"%s\",\"executorAccount\":\"%s\"}".formatted(bodyCode, executor))
			.expect(200);
		assertThat((String) routed.read("$.bodyCode")).isEqualTo(bodyCode);
		assertThat((String) routed.read("$.executorAccount")).isEqualTo(executor);
	}

	/** REV-12: an argument of the applicant, listed by this person; its id. */
	UUID argument(UUID appealId, String text, String by) {
		return post("/api/v1/appeals/" + appealId + "/arguments", by, json("argument", text)).expect(200).id();
	}

	void finding(UUID argumentId, String finding, String grounds, String by) {
		Reply found = post("/api/v1/arguments/" + argumentId + "/finding", by,
				"{\"finding\":\"%s\",\"grounds\":%s}".formatted(finding, quote(grounds)))
			.expect(200);
		assertThat((String) found.read("$.finding")).isEqualTo(finding);
	}

	/**
	 * A meeting of the forum on the day with this appeal on its agenda, everyone present,
	 * minutes recorded; the meeting's id.
	 */
	UUID meeting(String forumKey, LocalDate date, UUID appealId, String runner) {
		Reply scheduled = post("/api/v1/meetings", runner,
				"{\"forumKey\":\"%s\",\"date\":\"%s\",\"agenda\":[\"%s\"]}".formatted(forumKey, date, appealId))
			.expect(200);
		UUID meetingId = scheduled.id();
		List<String> members = get("/api/v1/meetings/" + meetingId + "/members", runner).expect(200)
			.read("$[*].fullName");
		assertThat(members).isNotEmpty();
		StringBuilder present = new StringBuilder("{\"present\":[");
		for (int i = 0; i < members.size(); i++) {
			present.append(i == 0 ? "" : ",").append(quote(members.get(i)));
		}
		Reply attended = post("/api/v1/meetings/" + meetingId + "/attendance", runner, present.append("]}").toString())
			.expect(200);
		List<Boolean> presence = attended.read("$.attendance[*].present");
		assertThat(presence).containsOnly(true);
		post("/api/v1/meetings/" + meetingId + "/minutes", runner, json("minutes", "Күн тәртібіндегі мәселе қаралды."))
			.expect(200);
		return meetingId;
	}

	static String measure(LocalDate due, boolean disciplinary) {
		return """
				{"kind":"MEASURE","addressee":"Ибраев А.Т., оқытушы","text":"Бағаны қайта қарау",
				 "responsible":"Кафедра меңгерушісі","dueOn":"%s","disciplinary":%s}""".formatted(due, disciplinary);
	}

	static String recommendation(LocalDate due) {
		return """
				{"kind":"RECOMMENDATION","addressee":"Кафедра","text":"Бағалау критерийлерін алдын ала жариялау",
				 "responsible":"Деканның орынбасары","dueOn":"%s"}""".formatted(due);
	}

	static String json(String field, String value) {
		return "{\"" + field + "\":" + quote(value) + "}";
	}

	static String quote(@Nullable String value) {
		if (value == null) {
			return "null";
		}
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	// ------------------------------------------------------------------ mail

	static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.kz";
	}

	/** Waits until a message to the address has a subject containing the text. */
	static MimeMessage awaitMail(String address, String subjectContains) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> TestMailServer.to(address)
				.stream()
				.filter(message -> subject(message).contains(subjectContains))
				.findFirst(), found -> found.isPresent())
			.orElseThrow();
	}

	static List<String> subjects(String address) {
		return TestMailServer.to(address).stream().map(EndToEnd::subject).toList();
	}

	static String subject(MimeMessage message) {
		try {
			return String.valueOf(message.getSubject());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The text of a message: its body, or its text parts when it has attachments. */
	static String body(MimeMessage message) {
		try {
			return text(message.getContent());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(Object content) throws Exception {
		if (content instanceof String text) {
			return text;
		}
		if (content instanceof jakarta.mail.Multipart multipart) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				jakarta.mail.BodyPart part = multipart.getBodyPart(i);
				if (part.isMimeType("text/*") || part.isMimeType("multipart/*")) {
					text.append(text(part.getContent())).append('\n');
				}
			}
			return text.toString();
		}
		return "";
	}

}

package kz.otinish.system;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form upload over the container's limit, over real HTTP as a browser sends it (the
 * CSRF token after the files): the person gets the localized page with a way back to the
 * form, never the container's bare 413 page or a 403 "invalid CSRF token" page, and
 * nothing is stored. The CSRF check itself still refuses a readable form without a valid
 * token.
 */
@OtinishIntegrationTest
class UploadLimitIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	HttpClient client;

	@BeforeEach
	void signIn() throws Exception {
		this.accounts.ensureAccount("it-walk-uploader", "secret", "Жүктеуші Студент", Role.STUDENT, "GM1",
				"uploader.walk@example.kz", null);
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String token = csrf(get("/sign-in").body());
		HttpResponse<String> signedIn = this.client.send(HttpRequest.newBuilder(uri("/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=it-walk-uploader&password=secret&_csrf="
					+ URLEncoder.encode(token, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/home"));
	}

	@Test
	@DisplayName("INT-2, INT-5: a file over the upload limit on the portal form gives the localized 413 page with a link back to the form, not a bare or CSRF error page; nothing is stored")
	void tooLargeUploadGetsTheFriendlyPage() throws Exception {
		String token = csrf(get("/appeals/new?lang=ru").body());
		long before = appeals();
		byte[] big = new byte[26 * 1024 * 1024];
		Arrays.fill(big, (byte) 'x');
		HttpResponse<String> reply = postForm("/appeals/new", token, big);
		assertThat(reply.statusCode()).isEqualTo(413);
		assertThat(reply.body()).contains("Файлы не приняты")
			.contains("слишком велики")
			.contains("href=\"/appeals/new\"")
			.contains("Вернуться к форме")
			.doesNotContain("HTTP Status", "CSRF", "??");
		assertThat(appeals()).isEqualTo(before);
	}

	@Test
	@DisplayName("INT-5: the CSRF check still holds for a readable upload: a wrong token is refused and nothing is stored")
	void readableUploadStillNeedsItsToken() throws Exception {
		get("/appeals/new?lang=ru");
		long before = appeals();
		HttpResponse<String> reply = postForm("/appeals/new", "not-the-token", "%PDF-1.4 small".getBytes());
		assertThat(reply.statusCode()).isEqualTo(403);
		assertThat(appeals()).isEqualTo(before);
	}

	private long appeals() {
		return this.jdbc.sql("select count(*) from appeal").query(Long.class).single();
	}

	private HttpResponse<String> postForm(String path, String token, byte[] file) throws Exception {
		String boundary = UUID.randomUUID().toString();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (List<String> field : List.of(List.of("subject", "Жүктеу сынағы"), List.of("text", "Мәтін"))) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.get(0) + "\"\r\n\r\n"
					+ field.get(1) + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"scan.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(file);
		// browsers send the hidden CSRF field where the form has it: after the files
		body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
				+ "\r\n--" + boundary + "--\r\n")
			.getBytes(StandardCharsets.UTF_8));
		return this.client.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpResponse<String> page = this.client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page;
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF field").isTrue();
		return matcher.group(1);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}

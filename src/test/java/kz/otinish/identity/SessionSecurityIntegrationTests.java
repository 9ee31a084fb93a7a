package kz.otinish.identity;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.demo.AccountFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions and transport: behind an HTTPS proxy the session cookie is Secure and HSTS is
 * sent; the API refuses a state-changing request that rides on the session cookie without
 * the CSRF token, while Basic clients need none.
 */
@OtinishIntegrationTest
class SessionSecurityIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	@DisplayName("Behind a proxy that says X-Forwarded-Proto: https the session cookie is Secure, HttpOnly, SameSite=Lax and HSTS is sent; over plain HTTP neither")
	void secureCookieAndHstsBehindHttpsProxy() throws Exception {
		WebClientSession browser = new WebClientSession(this.port, HttpClient.Redirect.NEVER);
		HttpResponse<String> proxied = browser.send(HttpRequest.newBuilder(browser.uri("/sign-in"))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-For", "203.0.113.9")
			.GET()
			.build());
		List<String> cookies = proxied.headers().allValues("Set-Cookie");
		assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
			.contains("; Secure")
			.contains("; HttpOnly")
			.contains("SameSite=Lax"));
		assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));

		HttpResponse<String> plain = new WebClientSession(this.port, HttpClient.Redirect.NEVER).get("/sign-in");
		// no identity provider is configured here: no single sign-on button, and Otinish
		// started without one
		assertThat(plain.body()).doesNotContain("/oauth2/authorization/");
		// the page for people of the provider without access is not for visitors
		assertThat(new WebClientSession(this.port, HttpClient.Redirect.NEVER).get("/no-access").statusCode())
			.isEqualTo(302);
		assertThat(plain.headers().allValues("Set-Cookie"))
			.allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	@DisplayName("API: a POST on the browser's session cookie without the CSRF token is refused (403 problem+json); with the token, or with Basic, it reaches the endpoint")
	void apiRefusesSessionCookieWithoutCsrf() throws Exception {
		WebClientSession browser = new WebClientSession(this.port, HttpClient.Redirect.NEVER);
		assertThat(browser.signIn("student", AccountFixtures.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/home"));

		HttpResponse<String> forged = browser.send(post(browser, "/api/v1/blog/posts").build());
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

		// any page of the session carries its token
		String token = browser.csrfToken("/sign-in");
		HttpResponse<String> withToken = browser
			.send(post(browser, "/api/v1/blog/posts").header("X-CSRF-TOKEN", token).build());
		// the empty letter reaches the endpoint and fails its validation
		assertThat(withToken.statusCode()).isEqualTo(400);

		WebClientSession client = new WebClientSession(this.port, HttpClient.Redirect.NEVER);
		HttpResponse<String> basic = client.send(post(client, "/api/v1/blog/posts")
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString(("student:" + AccountFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.build());
		assertThat(basic.statusCode()).isEqualTo(400);
	}

	private static HttpRequest.Builder post(WebClientSession session, String path) {
		return HttpRequest.newBuilder(session.uri(path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString("{}"));
	}

}

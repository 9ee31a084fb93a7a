package kz.otinish.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser as the tests see it: real HTTP against the running server, cookies kept,
 * redirects followed or not as asked. Signs in on the form with the page's CSRF token.
 */
class WebClientSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client;

	WebClientSession(int port, HttpClient.Redirect redirects) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(redirects)
			.build();
	}

	HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept-Language", "en").GET().build());
	}

	HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	URI uri(String pathOrUrl) {
		return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : this.base + pathOrUrl);
	}

	/** The CSRF token a page of this session carries in its forms. */
	String csrfToken(String path) throws IOException, InterruptedException {
		Matcher found = CSRF.matcher(get(path).body());
		if (!found.find()) {
			throw new IllegalStateException("no CSRF token on " + path);
		}
		return found.group(1);
	}

	/** Signs in on the form; the answer is the redirect after it. */
	HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
		String token = csrfToken("/sign-in");
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8);
		return send(HttpRequest.newBuilder(uri("/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

}

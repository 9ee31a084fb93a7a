package kz.otinish.nodes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP to the nodes as their clients speak it: the API with HTTP Basic, and a browser
 * (cookies, the sign-in form, CSRF tokens from the pages) that may send each request to
 * another node.
 */
final class Api {

	static final String ADMIN = "admin.nodes";

	static final String ADMIN_PASSWORD = "a passphrase for the nodes tests";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private Api() {
	}

	record Reply(int status, String body, HttpResponse<String> response) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		Reply expect(int expected) {
			if (this.status != expected) {
				throw new AssertionError("expected " + expected + " from " + this.response.request().method() + " "
						+ this.response.request().uri() + ", got " + this.status + ": " + this.body);
			}
			return this;
		}

	}

	static HttpClient client() {
		return HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** An API call with HTTP Basic; the body is JSON when given. */
	static Reply basic(HttpClient client, String url, String method, String user, String password, String jsonBody) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", basicHeader(user, password))
			.header("Accept", "application/json");
		if (jsonBody == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
		}
		return send(client, request.build());
	}

	static Reply admin(HttpClient client, Node node, String method, String path, String jsonBody) {
		return basic(client, node.url(path), method, ADMIN, ADMIN_PASSWORD, jsonBody);
	}

	/** A multipart request with HTTP Basic: a JSON part and file parts. */
	static Reply multipart(HttpClient client, String url, String user, String password, String jsonPartName,
			String json, String filePartName, List<NamedFile> files) throws IOException {
		String boundary = "otinish-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		part(body, boundary, "Content-Disposition: form-data; name=\"" + jsonPartName + "\"", "application/json",
				json.getBytes(StandardCharsets.UTF_8));
		for (NamedFile file : files) {
			part(body, boundary,
					"Content-Disposition: form-data; name=\"" + filePartName + "\"; filename=\"" + file.name() + "\"",
					file.contentType(), file.content());
		}
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", basicHeader(user, password))
			.header("Accept", "application/json")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return sendOrThrow(client, request);
	}

	record NamedFile(String name, String contentType, byte[] content) {
	}

	private static void part(ByteArrayOutputStream body, String boundary, String disposition, String contentType,
			byte[] content) throws IOException {
		body.write(("--" + boundary + "\r\n" + disposition + "\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

	static String basicHeader(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static Reply send(HttpClient client, HttpRequest request) {
		try {
			return sendOrThrow(client, request);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.method() + " " + request.uri(), ex);
		}
	}

	static Reply sendOrThrow(HttpClient client, HttpRequest request) throws IOException {
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.body(), response);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
	}

	/**
	 * A person in a browser: one cookie jar, whichever node serves the request. Pages are
	 * read for their CSRF token, forms are posted with it, redirects are not followed
	 * (the tests look at them).
	 */
	static final class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new CookieManager())
			.build();

		Reply get(Node node, String path) {
			return send(this.client,
					HttpRequest.newBuilder(URI.create(node.url(path))).timeout(Duration.ofSeconds(60)).GET().build());
		}

		/**
		 * Reads the page for its CSRF token and posts the form with it to the same path.
		 */
		Reply submit(Node pageFrom, Node postTo, String path, Map<String, String> fields) {
			Reply page = get(pageFrom, path).expect(200);
			Map<String, String> form = new LinkedHashMap<>(fields);
			form.put("_csrf", csrf(page.body()));
			return post(postTo, path, form);
		}

		Reply post(Node node, String path, Map<String, String> form) {
			String body = form.entrySet()
				.stream()
				.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return send(this.client,
					HttpRequest.newBuilder(URI.create(node.url(path)))
						.timeout(Duration.ofSeconds(60))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build());
		}

		/**
		 * An API request on the session cookie: a change carries the page's CSRF token.
		 */
		Reply api(Node node, String method, String path, String jsonBody, String csrfToken) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url(path)))
				.timeout(Duration.ofSeconds(60))
				.header("Accept", "application/json")
				.header("X-CSRF-TOKEN", csrfToken);
			if (jsonBody == null) {
				request.method(method, HttpRequest.BodyPublishers.noBody());
			}
			else {
				request.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
			}
			return send(this.client, request.build());
		}

		/** Signs in with the form on one node. */
		Reply signIn(Node node, String username, String password) {
			return submit(node, node, "/sign-in", Map.of("username", username, "password", password));
		}

	}

	static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("no CSRF token in the page:\n" + html.substring(0, Math.min(html.length(), 2000)));
		}
		return matcher.group(1);
	}

}

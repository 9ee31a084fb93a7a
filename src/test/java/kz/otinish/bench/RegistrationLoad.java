package kz.otinish.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, bounded load client for {@code POST /api/v1/appeals} (bench/run.sh): each of
 * {@code clients} threads signs in as its own student account and files appeals one after
 * another until the shared request budget or the time limit is spent. Prints one line of
 * {@code key=value} pairs: requests, failures, seconds, rate per second and the latency
 * percentiles in milliseconds.
 *
 * <p>
 * Runs without a build: {@code java src/test/java/kz/otinish/bench/RegistrationLoad.java
 * base=http://127.0.0.1:38471 users=bench.student password=... clients=4 requests=400
 * seconds=60 auth=session}. Loopback only: the client refuses any other host.
 *
 * <p>
 * {@code auth}: {@code session} signs in on the form once per client and sends the
 * session cookie with the session's CSRF token; {@code basic} sends HTTP Basic on every
 * request (a password check per request); {@code bearer} asks for one token per client
 * with Basic at {@code tokenPath} (body {@code {"name":"bench","days":1}}; the field
 * {@code secret}, {@code token} or {@code access_token} of the JSON answer) and sends it
 * as {@code Authorization: Bearer}.
 */
public final class RegistrationLoad {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\"\\s+content=\"([^\"]+)\"");

	private static final Pattern TOKEN = Pattern.compile("\"(?:secret|access_token|token)\"\\s*:\\s*\"([^\"]+)\"");

	private RegistrationLoad() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			int eq = arg.indexOf('=');
			options.put(arg.substring(0, eq), arg.substring(eq + 1));
		}
		URI base = URI.create(options.getOrDefault("base", "http://127.0.0.1:38471"));
		String host = base.getHost();
		if (!host.equals("localhost") && !host.startsWith("127.") && !host.equals("[::1]")) {
			throw new IllegalArgumentException("loopback only: " + host);
		}
		String users = options.getOrDefault("users", "bench.student");
		String password = options.get("password");
		int clients = Integer.parseInt(options.getOrDefault("clients", "1"));
		int requests = Integer.parseInt(options.getOrDefault("requests", "200"));
		long seconds = Long.parseLong(options.getOrDefault("seconds", "60"));
		String auth = options.getOrDefault("auth", "session");
		String tokenPath = options.getOrDefault("tokenPath", "");

		List<Client> signedIn = new ArrayList<>();
		for (int i = 1; i <= clients; i++) {
			String username = users + String.format("%02d", i);
			signedIn.add(Client.signIn(base, username, password, auth, tokenPath));
		}

		AtomicInteger budget = new AtomicInteger(requests);
		AtomicInteger failures = new AtomicInteger();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		CountDownLatch done = new CountDownLatch(clients);
		long started = System.nanoTime();
		for (Client client : signedIn) {
			Thread thread = new Thread(() -> {
				try {
					while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
						long begin = System.nanoTime();
						boolean ok = client.file();
						long took = System.nanoTime() - begin;
						if (ok) {
							latencies.add(took);
						}
						else {
							failures.incrementAndGet();
						}
					}
				}
				finally {
					done.countDown();
				}
			});
			thread.start();
		}
		done.await();
		double wall = (System.nanoTime() - started) / 1e9;
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf(java.util.Locale.ROOT,
				"clients=%d requests=%d failures=%d seconds=%.2f rate=%.1f p50=%.1f p95=%.1f p99=%.1f auth=%s%n",
				clients, sorted.size(), failures.get(), wall, sorted.size() / wall, percentile(sorted, 50),
				percentile(sorted, 95), percentile(sorted, 99), auth);
		if (!signedIn.isEmpty() && signedIn.get(0).lastFailure != null) {
			System.err.println("last failure: " + signedIn.get(0).lastFailure);
		}
	}

	private static double percentile(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
	}

	private static final class Client {

		private final HttpClient http;

		private final URI base;

		private final Map<String, String> headers;

		private final String username;

		private int sequence;

		private volatile String lastFailure;

		private Client(HttpClient http, URI base, Map<String, String> headers, String username) {
			this.http = http;
			this.base = base;
			this.headers = headers;
			this.username = username;
		}

		static Client signIn(URI base, String username, String password, String auth, String tokenPath)
				throws IOException, InterruptedException {
			HttpClient http = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(10))
				.build();
			String basic = "Basic "
					+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
			Map<String, String> headers = new LinkedHashMap<>();
			switch (auth) {
				case "basic" -> headers.put("Authorization", basic);
				case "bearer" -> {
					HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve(tokenPath))
						.header("Authorization", basic)
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\",\"days\":1}"))
						.build(), HttpResponse.BodyHandlers.ofString());
					Matcher token = TOKEN.matcher(answer.body());
					if (answer.statusCode() >= 300 || !token.find()) {
						throw new IllegalStateException("no token for " + username + ": " + answer.statusCode());
					}
					headers.put("Authorization", "Bearer " + token.group(1));
				}
				default -> {
					String form = page(http, base.resolve("/sign-in"));
					String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
							+ encode(csrf(form));
					HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(base.resolve("/sign-in"))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build(), HttpResponse.BodyHandlers.ofString());
					String location = signedIn.headers().firstValue("Location").orElse("");
					if (signedIn.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
						throw new IllegalStateException("sign-in failed for " + username + ": " + location);
					}
					headers.put("X-CSRF-TOKEN", csrf(page(http, base.resolve("/settings"))));
				}
			}
			return new Client(http, base, headers, username);
		}

		boolean file() {
			this.sequence++;
			String json = """
					{"kind":"APPLICATION","applicantType":"STUDENT","addressee":"RECTOR","schoolCode":"GM1",
					"category":"EDUCATIONAL_PROCESS","subject":"Бенчмарк %s %d",
					"text":"Прошу пересмотреть расписание экзаменов: нагрузочный тест регистрации.",
					"language":"RU","fullName":"Бенчмарков Студент","levelOfStudy":"BACHELOR",
					"speciality":"Общая медицина","yearOfStudy":2,"studyLanguage":"KAZAKH","funding":"GRANT",
					"studyForm":"FULL_TIME","address":"Алматы, ул. Толе би, 94","phone":"+77010000000",
					"email":"bench@example.org","consent":true}""".formatted(this.username, this.sequence);
			HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve("/api/v1/appeals"))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json));
			this.headers.forEach(request::header);
			try {
				HttpResponse<String> answer = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 201) {
					return true;
				}
				this.lastFailure = answer.statusCode() + " " + answer.body();
				return false;
			}
			catch (IOException ex) {
				this.lastFailure = ex.toString();
				return false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}

		private static String page(HttpClient http, URI uri) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
		}

		private static String csrf(String html) {
			Matcher input = CSRF.matcher(html);
			if (input.find()) {
				return input.group(1);
			}
			Matcher meta = CSRF_META.matcher(html);
			if (meta.find()) {
				return meta.group(1);
			}
			throw new IllegalStateException("no CSRF token on the page");
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}

package kz.otinish.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API error is RFC 9457 problem+json with a localized detail, also those that
 * happen before a controller is reached (over real HTTP, through the container's error
 * dispatch).
 */
@OtinishIntegrationTest
class ApiErrorsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void people() {
		this.accounts.ensureAccount("it-errors-student", "secret", "Студент Қателер", Role.STUDENT, "GM1", null, null);
	}

	private HttpResponse<String> call(String method, String path, String contentType, String body, String user)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "application/json")
			.header("Accept-Language", "ru")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (user != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static void assertProblem(HttpResponse<String> response, int status, String detail) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":" + status).contains(detail);
	}

	@Test
	@DisplayName("API: 401, 403, 404, 405 and 415 answer problem+json with a localized detail")
	void errorsOutsideControllersAreProblems() throws Exception {
		HttpResponse<String> unauthenticated = call("GET", "/api/v1/appeals", null, null, null);
		assertProblem(unauthenticated, 401, "Требуется вход");
		assertThat(unauthenticated.headers().firstValue("WWW-Authenticate")).isPresent();
		assertProblem(call("GET", "/api/v1/admin/calendar/2026", null, null, "it-errors-student"), 403,
				"У вас нет права");
		assertProblem(call("GET", "/api/v1/no-such-resource", null, null, "it-errors-student"), 404,
				"Ресурс не найден");
		assertProblem(call("DELETE", "/api/v1/tracking", null, null, null), 405, "Этот метод не разрешён");
		assertProblem(call("POST", "/api/v1/tracking", "text/plain", "GM1-2026-1", null), 415,
				"Переданный формат не поддерживается");
	}

}

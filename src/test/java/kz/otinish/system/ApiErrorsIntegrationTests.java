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

	@Autowired
	org.springframework.web.context.WebApplicationContext context;

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

	@Test
	@DisplayName("API: an unexpected error (500) that reaches the container is problem+json with a localized detail that says nothing was saved, never the cause")
	void unexpectedErrorIsAProblem() throws Exception {
		var mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(this.context).build();
		for (String[] language : new String[][] { { "kk", "ештеңе сақталған жоқ" }, { "ru", "ничего не сохранено" },
				{ "en", "nothing was saved" } }) {
			var response = mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/error")
					.header("Accept", "application/json")
					.header("Accept-Language", language[0])
					.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 500)
					.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/appeals")
					.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION,
							new IllegalStateException("secret cause")))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).isEqualTo(500);
			assertThat(response.getContentType()).startsWith("application/problem+json");
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":500")
				.contains(language[1])
				.doesNotContain("secret cause");
		}
	}

	@Test
	@DisplayName("Pages: the error page says truthfully that the action was not carried out; it never claims the data were saved")
	void errorPageIsTruthful() throws Exception {
		var mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(this.context).build();
		String page = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/error")
				.header("Accept", "text/html")
				.param("lang", "en")
				.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 500)
				.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/appeals/new"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("the action was not carried out: nothing was saved")
			.doesNotContainIgnoringCase("your data was saved")
			.doesNotContainIgnoringCase("has been saved");
	}

	@Test
	@DisplayName("API: the 401 detail is localized in Kazakh and English too")
	void detailsInEveryLanguage() throws Exception {
		for (String[] expected : new String[][] { { "kk", "Кіру қажет" }, { "en", "Sign-in required" } }) {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/appeals"))
				.header("Accept", "application/json")
				.header("Accept-Language", expected[0])
				.build();
			HttpResponse<String> response = this.http.send(request,
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).contains(expected[1]);
		}
	}

}

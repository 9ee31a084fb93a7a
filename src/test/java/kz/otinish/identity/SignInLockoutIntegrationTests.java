package kz.otinish.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import kz.otinish.MutableClock;
import kz.otinish.OtinishIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Brute force is slowed down: after repeated wrong passwords an account is locked for a
 * growing delay, on the form and on HTTP Basic alike, even for the right password; the
 * lock passes with time.
 */
@OtinishIntegrationTest
class SignInLockoutIntegrationTests {

	@Autowired
	Accounts accounts;

	@Autowired
	WebApplicationContext context;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> basic(String username, String password) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/appeals"))
			.header("Accept", "application/json")
			.header("Accept-Language", "en")
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private String form(MockMvc mvc, String username, String password) throws Exception {
		return mvc.perform(
				post("/sign-in").with(csrf()).param("username", username).param("password", password).with(request -> {
					request.setRemoteAddr("10.9.8.7");
					return request;
				}))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	@DisplayName("HTTP Basic: the fifth wrong password locks the account (429 with Retry-After, problem+json), the right one is refused too until the delay has passed")
	void basicLocksAfterRepeatedFailures() throws Exception {
		this.accounts.ensureAccount("it-lockout-basic", "right-password-1", "Құлып Басик", Role.STAFF, "GM1", null,
				null);
		for (int i = 0; i < 4; i++) {
			assertThat(basic("it-lockout-basic", "wrong-" + i).statusCode()).isEqualTo(401);
		}
		assertThat(basic("it-lockout-basic", "wrong-4").statusCode()).isEqualTo(401);
		HttpResponse<String> locked = basic("it-lockout-basic", "right-password-1");
		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(locked.headers().firstValue("Retry-After"))
			.hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 30L));
		assertThat(locked.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		this.clock.advance(Duration.ofSeconds(31));
		assertThat(basic("it-lockout-basic", "right-password-1").statusCode()).isEqualTo(200);
	}

	@Test
	@DisplayName("Sign-in form: repeated failures lock the account with a delay that grows, and the page says for how long")
	void formLocksWithGrowingDelay() throws Exception {
		this.accounts.ensureAccount("it-lockout-form", "right-password-2", "Құлып Форма", Role.STUDENT, "GM1", null,
				null);
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		for (int i = 0; i < 5; i++) {
			assertThat(form(mvc, "it-lockout-form", "wrong-" + i)).isEqualTo("/sign-in?error");
		}
		assertThat(form(mvc, "it-lockout-form", "right-password-2")).isEqualTo("/sign-in?locked=1");
		this.clock.advance(Duration.ofSeconds(31));
		// the sixth failure doubles the delay: a minute
		assertThat(form(mvc, "it-lockout-form", "wrong-5")).isEqualTo("/sign-in?error");
		this.clock.advance(Duration.ofSeconds(31));
		assertThat(form(mvc, "it-lockout-form", "right-password-2")).isEqualTo("/sign-in?locked=1");
		this.clock.advance(Duration.ofSeconds(31));
		assertThat(form(mvc, "it-lockout-form", "right-password-2")).isEqualTo("/home");
		String page = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/sign-in?locked=2&lang=ru"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("вход приостановлен на 2 мин.");
	}

}

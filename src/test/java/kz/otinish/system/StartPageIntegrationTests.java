package kz.otinish.system;

import kz.otinish.OtinishIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

@OtinishIntegrationTest
class StartPageIntegrationTests {

	@LocalServerPort
	int port;

	RestClient http() {
		return RestClient.builder().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void startPageSpeaksKazakhByDefault() {
		String page = http().get().uri("/").retrieve().body(String.class);
		assertThat(page).contains("lang=\"kk\"").contains("Университетке өтініш немесе шағым беру");
	}

	@Test
	void languageSwitchIsRememberedInACookie() {
		var response = http().get().uri("/?lang=ru").retrieve().toEntity(String.class);
		assertThat(response.getBody()).contains("Подать заявление или жалобу в университет");
		assertThat(response.getHeaders().get("Set-Cookie"))
			.anySatisfy(c -> assertThat(c).startsWith("otinish-lang=ru"));
	}

	@Test
	void healthIsUp() {
		String health = http().get().uri("/actuator/health").retrieve().body(String.class);
		assertThat(health).contains("\"status\":\"UP\"");
	}

	@Autowired
	kz.otinish.identity.Accounts accounts;

	@Test
	void apiErrorsAreProblemDetailsInTheRequestedLanguage() {
		this.accounts.ensureAccount("it-admin", "secret", "Admin", kz.otinish.identity.Role.ADMIN, null, null, null);
		var response = http().get()
			.uri("/api/v1/appeals/00000000-0000-0000-0000-000000000000")
			.header("Accept-Language", "ru")
			.header("Authorization",
					"Basic " + java.util.Base64.getEncoder().encodeToString("it-admin:secret".getBytes()))
			.accept(MediaType.APPLICATION_JSON)
			.exchange((request, res) -> new Object[] { res.getStatusCode(), res.getHeaders().getContentType(),
					new String(res.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8) });
		assertThat(response[0]).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response[1].toString()).startsWith("application/problem+json");
		assertThat((String) response[2]).contains("Такое обращение не найдено");
	}

}

package kz.otinish.tracking;

import java.nio.charset.StandardCharsets;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealManagement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

@OtinishIntegrationTest
class TrackingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AppealManagement appeals;

	String get(String path) {
		return RestClient.create("http://localhost:" + this.port)
			.get()
			.uri(path)
			.exchange((request, response) -> new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
	}

	@Test
	@DisplayName("Public tracking: the number and the code together show status and due date without signing in; a wrong code shows nothing")
	void numberAndCodeShowTheStatus() {
		Appeal appeal = this.appeals.fileOnline(AppealFixtures.studentApplication(null, "GM1"), java.util.List.of());
		String number = appeal.registration().orElseThrow().number();
		String page = get("/track?lang=ru&number=" + number + "&code=" + appeal.trackingCode().toLowerCase());
		assertThat(page).contains("Обращение " + number).contains("Зарегистрировано").contains("Срок рассмотрения");
		String wrong = get("/track?lang=ru&number=" + number + "&code=AAAAAAAAAAAAAAAA");
		assertThat(wrong).contains("Обращение с таким номером и кодом не найдено").doesNotContain("Зарегистрировано");
	}

}

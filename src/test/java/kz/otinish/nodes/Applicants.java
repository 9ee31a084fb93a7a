package kz.otinish.nodes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applicants made the way an administrator makes them on a new installation: the
 * registrar's student file imported over the API, a password reset, and the person's
 * first sign-in, where they choose their own password.
 */
final class Applicants {

	record Applicant(String username, String password) {
	}

	private Applicants() {
	}

	/**
	 * Students of school GM1 named {@code <prefix>-1@students.example} and so on, each
	 * able to use the API with HTTP Basic. The browser steps go to {@code signInOn}, the
	 * API steps to {@code admin}.
	 */
	static List<Applicant> students(Node admin, Node signInOn, String prefix, int count) {
		HttpClient client = Api.client();
		StringBuilder csv = new StringBuilder("Full name,School,Level of study,Speciality,Year,E-mail,External id\n");
		for (int i = 1; i <= count; i++) {
			csv.append("Студент Тест ")
				.append(i)
				.append(",GM1,bachelor,Жалпы медицина,2,")
				.append(email(prefix, i))
				.append(',')
				.append(prefix)
				.append("-")
				.append(i)
				.append('\n');
		}
		HttpRequest importFile = HttpRequest
			.newBuilder(URI.create(admin.url("/api/v1/admin/people/imports?kind=STUDENTS&dryRun=false")))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", Api.basicHeader(Api.ADMIN, Api.ADMIN_PASSWORD))
			.header("Accept", "application/json")
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8))
			.build();
		Api.Reply imported = Api.send(client, importFile).expect(200);
		assertThat(imported.json().path("created").asInt()).as(imported.body()).isEqualTo(count);
		List<Applicant> applicants = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			String username = email(prefix, i);
			JsonNode found = Api.admin(client, admin, "GET", "/api/v1/admin/users?q=" + username, null)
				.expect(200)
				.json()
				.path("users");
			assertThat(found.size()).as(found.toString()).isEqualTo(1);
			String id = found.get(0).path("id").asString();
			String oneTime = Api.admin(client, admin, "POST", "/api/v1/admin/users/" + id + "/password-reset", null)
				.expect(200)
				.json()
				.path("oneTimePassword")
				.asString();
			String own = "the river runs past " + i + " old mills";
			Api.Browser browser = new Api.Browser();
			browser.signIn(signInOn, username, oneTime).expect(302);
			Api.Reply changed = browser.submit(signInOn, signInOn, "/settings/password",
					Map.of("current", oneTime, "next", own, "confirmation", own));
			assertThat(changed.status()).as(changed.body()).isEqualTo(302);
			assertThat(changed.response().headers().firstValue("Location").orElse(""))
				.contains("/settings?passwordChanged");
			applicants.add(new Applicant(username, own));
		}
		return applicants;
	}

	static String email(String prefix, int i) {
		return prefix + "-" + i + "@students.example";
	}

}

package kz.otinish.monitoring;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.otinish.MutableClock;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.demo.AccountFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

@OtinishIntegrationTest
class MonitoringIntegrationTests {

	private static final Pattern REGISTRATIONS = Pattern
		.compile("(?m)^otinish_registration_seconds_count\\{channel=\"PORTAL\"[^}]*\\} ([0-9.E]+)$");

	@LocalServerPort
	int port;

	@Autowired
	AppealManagement appeals;

	@Autowired
	MutableClock clock;

	@Test
	@DisplayName("An administrator reads the registration timer, the outbox, the mail queue and overdue appeals at /actuator/prometheus")
	void prometheusShowsTheOperationalMeters() {
		double before = registrations(scrape("admin"));
		this.appeals.fileOnline(AppealFixtures.studentApplication(null, "GM1"), List.of());

		String metrics = scrape("admin");

		assertThat(registrations(metrics)).isEqualTo(before + 1);
		assertThat(metrics).containsPattern("(?m)^otinish_registration_seconds_bucket\\{channel=\"PORTAL\"")
			.containsPattern("(?m)^otinish_events_incomplete_publications [0-9.E]+$")
			.containsPattern("(?m)^otinish_mail_queue_messages [0-9.E]+$")
			.containsPattern("(?m)^otinish_appeals_overdue_appeals [0-9.E]+$")
			.contains("jvm_memory_used_bytes", "hikaricp_connections_active");
	}

	@Test
	@DisplayName("An appeal past its review due date counts as overdue (DL-1)")
	void overdueCountsOpenAppealsPastTheirDueDate() {
		OperationalMetrics meters = new OperationalMetrics(
				org.springframework.jdbc.core.simple.JdbcClient.create(this.dataSource), this.clock,
				new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), "Asia/Almaty", java.time.Duration.ZERO);
		long before = meters.overdueAppeals();
		this.appeals.fileOnline(AppealFixtures.studentApplication(null, "GM1"), List.of());
		assertThat(meters.overdueAppeals()).isEqualTo(before);

		this.clock.advance(java.time.Duration.ofDays(60));

		assertThat(meters.overdueAppeals()).isGreaterThanOrEqualTo(before + 1);
	}

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	@DisplayName("Metrics are for administrators; health stays public")
	void metricsAreForAdministratorsOnly() {
		assertThat(status("/actuator/prometheus", null).value()).isEqualTo(401);
		assertThat(status("/actuator/prometheus", "student").value()).isEqualTo(403);
		assertThat(status("/actuator/metrics", "dean").value()).isEqualTo(403);
		assertThat(status("/actuator/health", null).value()).isEqualTo(200);
	}

	private String scrape(String username) {
		return http().get()
			.uri("/actuator/prometheus")
			.header("Authorization", basic(username))
			.retrieve()
			.body(String.class);
	}

	private HttpStatusCode status(String path, String username) {
		RestClient.RequestHeadersSpec<?> request = http().get().uri(path);
		if (username != null) {
			request = request.header("Authorization", basic(username));
		}
		return request.exchange((req, res) -> res.getStatusCode());
	}

	private static double registrations(String metrics) {
		Matcher count = REGISTRATIONS.matcher(metrics);
		return count.find() ? Double.parseDouble(count.group(1)) : 0;
	}

	private static String basic(String username) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + AccountFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private RestClient http() {
		return RestClient.builder().baseUrl("http://localhost:" + this.port).build();
	}

}

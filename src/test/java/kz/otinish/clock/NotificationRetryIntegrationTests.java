package kz.otinish.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.TestMailServer;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealEvent;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.calendar.WorkingDayCalendar;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.shared.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notifications go out from the event publication registry. With the mail server down the
 * listener fails and its publication stays incomplete; once the server is back,
 * resubmitting the incomplete publications delivers the mail and records the DL-2 notice.
 */
@OtinishIntegrationTest
class NotificationRetryIntegrationTests {

	@Autowired
	AppealManagement appeals;

	@Autowired
	AppealExtensions extensions;

	@Autowired
	Accounts accounts;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void serverUp() {
		if (!TestMailServer.get().isRunning()) {
			TestMailServer.restart();
		}
	}

	int failedPublicationsAbout(Appeal appeal) {
		return this.jdbc.sql("""
				select count(*) from event_publication
				where completion_date is null and listener_id like '%AppealNotices%' and serialized_event like :id""")
			.param("id", "%" + appeal.id() + "%")
			.query(Integer.class)
			.single();
	}

	@Test
	@DisplayName("DL-2, DL-1: with SMTP down the registration and extension notices stay in the publication registry; resubmitted once SMTP is up, they arrive in Russian and the notice is recorded")
	void failedSendsAreRetriedFromTheRegistry() {
		CurrentUser dean = this.accounts.ensureAccount("it-clock-dean", "secret", "Декан GM1", Role.DEAN, "GM1", null,
				null);
		String email = ClockFixtures.uniqueEmail("retry-ru");
		TestMailServer.stop();

		Appeal appeal = this.appeals.fileOnline(ClockFixtures.application(null, "GM1", Language.RU, email), List.of());
		LocalDate until = this.calendar.addWorkingDays(appeal.dueOn().orElseThrow(), 3);
		this.extensions.extend(appeal.id(), until, "Ожидаем заседание совета", dean);

		// both listeners fail: the publications stay incomplete, the notice is not
		// recorded
		await().atMost(Duration.ofSeconds(30))
			.until(() -> failedPublicationsAbout(appeal) == 2 && this.jdbc
				.sql("select count(*) from event_publication where completion_date is null and status = 'FAILED' "
						+ "and serialized_event like :id")
				.param("id", "%" + appeal.id() + "%")
				.query(Integer.class)
				.single() >= 2);
		assertThat(this.extensions.extensions(appeal.id()).get(0).noticeSent()).isFalse();

		TestMailServer.restart();
		assertThat(TestMailServer.to(email)).isEmpty();
		this.incomplete
			.resubmitIncompletePublications(publication -> publication.getEvent() instanceof AppealEvent changed
					&& changed.appealId().equals(appeal.id())
					|| publication.getEvent() instanceof AppealExtended extended
							&& extended.appealId().equals(appeal.id()));

		String number = appeal.registration().orElseThrow().number();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(ClockFixtures.subjects(email)).containsExactlyInAnyOrder(
					"Обращение зарегистрировано: " + number, "Срок рассмотрения продлён: " + number));
		await().atMost(Duration.ofSeconds(30)).until(() -> failedPublicationsAbout(appeal) == 0);
		Instant sentAt = this.extensions.extensions(appeal.id()).get(0).noticeSentAt();
		assertThat(sentAt).isNotNull();
	}

}

package kz.otinish.clock;

import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.TestSteps;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.calendar.DeadlineKind;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import kz.otinish.notification.Notifications;
import kz.otinish.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The daily deadline watch on fixed dates over the real 2026 calendar (Nauryz: 21-25
 * March are days off): reminders at 5 and 2 working days, the DL-3 warning, the
 * escalation of overdue appeals, each exactly once, also with two nodes racing.
 */
@OtinishIntegrationTest
class DeadlineWatchIntegrationTests {

	/** Tuesday 10 March 2026, 10:00 in Almaty. */
	static final Instant RECEIVED = Instant.parse("2026-03-10T05:00:00Z");

	@Autowired
	DeadlineWatch watch;

	@Autowired
	AppealManagement appeals;

	@Autowired
	Accounts accounts;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	String executorEmail;

	@BeforeEach
	void setUp() {
		this.executorEmail = ClockFixtures.uniqueEmail("executor");
		this.accounts.ensureAccount("it-clock-executor-" + this.executorEmail.substring(9, 17), "secret",
				"Исполнитель Тестов", Role.BODY_SECRETARY, "GM1", this.executorEmail, null);
		// the officials' accounts may have switched language in other tests: Kazakh here
		List.of("dean", "vicerector", "rector").forEach(account -> this.accounts.prefer(account, Language.KK));
	}

	/** Received on 10 March 2026, registered the same day, with an executor named. */
	Appeal receivedOnTenthOfMarch() {
		Appeal received = this.appeals
			.receive(ClockFixtures.application(null, "GM1", Language.RU, ClockFixtures.uniqueEmail("watch")), RECEIVED);
		Appeal registered = this.appeals.performAt(received.id(), new AppealCommand.Register(),
				TestSteps.registrar("Кеңсе"), RECEIVED);
		// the executor is named by the review module's triage; here directly in the table
		this.jdbc.sql("update appeal set executor_account = :account, executor_name = :name where id = :id")
			.param("account", "it-clock-executor-" + this.executorEmail.substring(9, 17))
			.param("name", "Исполнитель Тестов")
			.param("id", registered.id())
			.update();
		return registered;
	}

	List<String> claims(Appeal appeal) {
		return this.jdbc
			.sql("select kind, point_days, run_on from clock_reminder where appeal_id = :id order by run_on, kind")
			.param("id", appeal.id())
			.query((rs, row) -> rs.getString("kind") + " " + rs.getInt("point_days") + " "
					+ rs.getObject("run_on", LocalDate.class))
			.list();
	}

	List<String> subjectsAbout(String address, Appeal appeal) {
		String number = appeal.registration().orElseThrow().number();
		return ClockFixtures.subjects(address).stream().filter(subject -> subject.endsWith(": " + number)).toList();
	}

	@Test
	@DisplayName("DL-1, DL-3, DL-2: over the real calendar the watch reminds at 5 and 2 working days, warns the dean before the return deadline, escalates to the dean and the vice-rector when overdue, and never twice")
	void remindsWarnsAndEscalatesOnTheRightDaysOnce() {
		Appeal appeal = receivedOnTenthOfMarch();
		// DL-1: 15 working days after 10 March, Nauryz (21-25 March) not counted
		assertThat(appeal.dueOn()).contains(LocalDate.of(2026, 4, 3));
		assertThat(appeal.deadline(DeadlineKind.RETURN).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 3, 13));

		for (int pass = 0; pass < 2; pass++) {
			for (LocalDate day = LocalDate.of(2026, 3, 10); !day.isAfter(LocalDate.of(2026, 4, 8)); day = day
				.plusDays(1)) {
				this.watch.runFor(day);
			}
		}

		assertThat(claims(appeal)).containsExactly("RETURN_WARNING 1 2026-03-12", "DUE_SOON 5 2026-03-27",
				"DUE_SOON 2 2026-04-01", "OVERDUE 0 2026-04-04");
		String number = appeal.registration().orElseThrow().number();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(subjectsAbout(this.executorEmail, appeal)).containsExactlyInAnyOrder(
					"Мерзім жақындады: " + number, "Мерзім жақындады: " + number, "Мерзімі өтті: " + number));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(subjectsAbout("vicerector@university.example", appeal))
				.containsExactly("Мерзімі өтті: " + number));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(subjectsAbout("dean.gm1@university.example", appeal))
				.containsExactlyInAnyOrder("Қайтару мерзімі аяқталады: " + number, "Мерзім жақындады: " + number,
						"Мерзім жақындады: " + number, "Мерзімі өтті: " + number));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.notifications.of("vicerector", 500))
				.filteredOn(n -> n.arguments().length > 0 && n.arguments()[0].equals("t:" + number))
				.singleElement()
				.satisfies(n -> assertThat(n.messageKey()).isEqualTo("notification.reminder.OVERDUE")));
	}

	@Test
	@DisplayName("DL-2: after an extension the reminders count again towards the new due date")
	void anExtendedAppealIsRemindedOfItsNewDueDate() {
		Appeal appeal = receivedOnTenthOfMarch();
		this.watch.runFor(LocalDate.of(2026, 3, 27));
		this.jdbc.sql("update appeal_deadline set due_on = :due where appeal_id = :id and kind = 'REVIEW'")
			.param("due", LocalDate.of(2026, 4, 21))
			.param("id", appeal.id())
			.update();
		this.watch.runFor(LocalDate.of(2026, 4, 14));
		assertThat(claims(appeal)).containsExactly("DUE_SOON 5 2026-03-27", "DUE_SOON 5 2026-04-14");
	}

	@Test
	@DisplayName("DL-1: two nodes racing on the same day (the lock expired) send each reminder exactly once")
	void twoNodesRacingSendEachReminderOnce() throws Exception {
		List<Appeal> racing = List.of(receivedOnTenthOfMarch(), receivedOnTenthOfMarch(), receivedOnTenthOfMarch());
		Instant raceStarts = Instant.now();
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (int node = 0; node < 2; node++) {
				Callable<Integer> run = () -> {
					start.await();
					return this.watch.runFor(LocalDate.of(2026, 4, 1));
				};
				runs.add(nodes.submit(run));
			}
			start.countDown();
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			nodes.shutdown();
		}
		for (Appeal appeal : racing) {
			assertThat(claims(appeal)).containsExactly("DUE_SOON 2 2026-04-01");
			String number = appeal.registration().orElseThrow().number();
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(subjectsAbout(this.executorEmail, appeal))
					.containsExactly("Мерзім жақындады: " + number));
		}
		// nothing more arrives later: once every listener of the race's events has
		// finished,
		// each appeal still has its one reminder (the event registry keeps its own time)
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc
				.sql("select count(*) from event_publication where completion_date is null and publication_date >= ?")
				.param(raceStarts.minusSeconds(1).atOffset(ZoneOffset.UTC))
				.query(Long.class)
				.single() == 0);
		for (Appeal appeal : racing) {
			assertThat(subjectsAbout(this.executorEmail, appeal)).hasSize(1);
		}
	}

}

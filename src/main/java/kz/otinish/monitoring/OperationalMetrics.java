package kz.otinish.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import kz.otinish.appeal.AppealStatus;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gauges read from the database: incomplete event publications (the outbox), those of the
 * listeners that send e-mail (the mail queue) and open appeals past their review due date
 * (DL-1). Each value is counted at most once per {@code otinish.monitoring.refresh} (30
 * s), whatever the number of scrapes, so that a scraper never adds load of its own.
 */
@Component
class OperationalMetrics {

	/**
	 * The listeners whose work is an e-mail: notices to applicants and staff, the
	 * acknowledgement of a letter, the answer by e-mail (RES-3).
	 */
	static final List<String> MAIL_LISTENERS = List.of("kz.otinish.notification.%",
			"kz.otinish.mailbox.Acknowledgements.%", "kz.otinish.answer.AnswerByEmail.%");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ZoneId zone;

	private final Duration refresh;

	private final ConcurrentHashMap<String, Cached> values = new ConcurrentHashMap<>();

	OperationalMetrics(JdbcClient jdbc, Clock clock, MeterRegistry registry, @Value("${otinish.time-zone}") String zone,
			@Value("${otinish.monitoring.refresh:PT30S}") Duration refresh) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
		this.refresh = refresh;
		gauge(registry, "otinish.events.incomplete", "event publications not yet completed (the outbox)",
				"publications", this::incompletePublications);
		gauge(registry, "otinish.mail.queue",
				"e-mails waiting in the outbox (incomplete publications of mail listeners)", "messages",
				this::mailQueue);
		gauge(registry, "otinish.appeals.overdue", "open appeals past their review due date (DL-1)", "appeals",
				this::overdueAppeals);
	}

	private void gauge(MeterRegistry registry, String name, String description, String unit, LongSupplier count) {
		Gauge.builder(name, () -> cached(name, count)).description(description).baseUnit(unit).register(registry);
	}

	long incompletePublications() {
		return this.jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class)
			.single();
	}

	long mailQueue() {
		return this.jdbc
			.sql("select count(*) from event_publication where completion_date is null"
					+ " and (listener_id like ? or listener_id like ? or listener_id like ?)")
			.params(MAIL_LISTENERS)
			.query(Long.class)
			.single();
	}

	long overdueAppeals() {
		LocalDate today = LocalDate.now(this.clock.withZone(this.zone));
		return this.jdbc
			.sql("select count(*) from appeal a join appeal_deadline d on d.appeal_id = a.id and d.kind = 'REVIEW'"
					+ " where a.status in (:open) and d.due_on < :today")
			.param("open", AppealStatus.OPEN.stream().map(Enum::name).toList())
			.param("today", today)
			.query(Long.class)
			.single();
	}

	private double cached(String name, LongSupplier count) {
		long now = System.nanoTime();
		Cached value = this.values.compute(name, (key, old) -> old != null && now - old.at() < this.refresh.toNanos()
				? old : new Cached(count.getAsLong(), now));
		return value.count();
	}

	private record Cached(long count, long at) {
	}

}

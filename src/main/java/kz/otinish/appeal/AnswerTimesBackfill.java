package kz.otinish.appeal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kz.otinish.calendar.WorkingDayCalendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * STAT-1: the working days to the answer of the appeals answered before Otinish kept them
 * (or loaded in bulk), on the calendar as it is at start-up; the aggregate keeps them for
 * every answer since. In batches, idempotent, safe on two nodes at once.
 */
@Component
class AnswerTimesBackfill {

	private static final Logger log = LoggerFactory.getLogger(AnswerTimesBackfill.class);

	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	AnswerTimesBackfill(JdbcClient jdbc, WorkingDayCalendar calendar, Clock clock) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		int done = run();
		if (done > 0) {
			log.info("Working days to the answer recorded for {} appeals", done);
		}
	}

	/** Records the missing working days; returns for how many appeals. */
	int run() {
		int done = 0;
		List<Missing> batch = missing();
		while (!batch.isEmpty()) {
			for (Missing appeal : batch) {
				LocalDate received = appeal.receivedAt().toInstant().atZone(this.clock.getZone()).toLocalDate();
				this.jdbc.sql("update appeal set answer_working_days = ? where id = ? and answer_working_days is null")
					.params(this.calendar.workingDaysBetween(received, appeal.answeredOn()), appeal.id())
					.update();
				done++;
			}
			batch = batch.size() < BATCH ? List.of() : missing();
		}
		return done;
	}

	private List<Missing> missing() {
		return this.jdbc.sql("""
				select id, received_at, answered_on from appeal
				where answered_on is not null and answer_working_days is null
				fetch first %d rows only""".formatted(BATCH)).query(Missing.class).list();
	}

	private record Missing(UUID id, Timestamp receivedAt, LocalDate answeredOn) {
	}

}

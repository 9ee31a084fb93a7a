package kz.otinish.demo;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the demo loader made and did: the appeals it created (its steps act on those only,
 * never on an appeal someone files while the loader runs) and the steps it finished (each
 * runs once per database).
 */
@Component
class DemoRecords {

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void created(UUID appealId) {
		this.jdbc.sql("insert into demo_appeal (appeal_id) values (:id)").param("id", appealId).update();
	}

	boolean isDemo(UUID appealId) {
		return this.jdbc.sql("select count(*) from demo_appeal where appeal_id = :id")
			.param("id", appealId)
			.query(Integer.class)
			.single() > 0;
	}

	boolean done(String step) {
		return this.jdbc.sql("select count(*) from demo_step where step = :step")
			.param("step", step)
			.query(Integer.class)
			.single() > 0;
	}

	void markDone(String step) {
		this.jdbc.sql("insert into demo_step (step, done_at) values (:step, :at)")
			.param("step", step)
			.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

}

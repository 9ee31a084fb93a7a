package kz.otinish.search;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives every appeal without a current search document one: the appeals that existed
 * before search (or came by a path without events, such as a bulk load), and the
 * documents written by an older normalization. Runs in the background after start-up, in
 * batches; on two nodes at once the documents' row locks keep the writes in turn.
 */
@Component
class SearchBackfill {

	private static final Logger log = LoggerFactory.getLogger(SearchBackfill.class);

	static final int BATCH = 200;

	private final JdbcClient jdbc;

	private final SearchIndex index;

	private final TaskExecutor executor;

	private final boolean onStart;

	SearchBackfill(JdbcClient jdbc, SearchIndex index, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			@Value("${otinish.search.backfill-on-start:true}") boolean onStart) {
		this.jdbc = jdbc;
		this.index = index;
		this.executor = executor;
		this.onStart = onStart;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		if (this.onStart) {
			this.executor.execute(this::run);
		}
	}

	/** Indexes every appeal still missing a current document; returns how many. */
	int run() {
		int done = 0;
		List<UUID> batch = missing();
		while (!batch.isEmpty()) {
			for (UUID appealId : batch) {
				try {
					this.index.refresh(appealId);
					done++;
				}
				catch (RuntimeException ex) {
					log.warn("Search document of appeal {} not written: {}", appealId, ex.toString());
					return done;
				}
			}
			batch = missing();
		}
		if (done > 0) {
			log.info("Search documents written for {} appeals", done);
		}
		return done;
	}

	private List<UUID> missing() {
		return this.jdbc
			.sql("""
					select a.id from appeal a left join appeal_search s on s.appeal_id = a.id
					where s.appeal_id is null or s.format < ? order by a.received_at fetch first %d rows only"""
				.formatted(BATCH))
			.param(SearchIndex.FORMAT)
			.query(UUID.class)
			.list();
	}

}

package kz.otinish.search;

import java.time.Duration;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits until the search has caught up with an appeal: a filing is indexed after its
 * commit, on another thread (its document is written complete, {@code format > 0}); later
 * changes through their event publications to the search listener.
 */
final class Indexed {

	private Indexed() {
	}

	static void await(JdbcClient jdbc, UUID appealId) {
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("select count(*) from appeal_search where appeal_id = ? and format > 0")
				.param(appealId)
				.query(Long.class)
				.single() == 1
					&& jdbc.sql("""
							select count(*) from event_publication where completion_date is null
							and listener_id like '%SearchIndexing%' and serialized_event like ?""")
						.param("%" + appealId + "%")
						.query(Long.class)
						.single() == 0);
	}

}

package kz.otinish.statistics;

import java.util.List;
import java.util.Map;

import kz.otinish.appeal.AppealStatus;

/**
 * The statistics page as it is shown: one row per school in the reader's scope, the
 * columns in status order.
 */
record StatisticsView(List<Row> rows, List<AppealStatus> statuses) {

	/** A school (empty: none given) and its count per status. */
	record Row(String school, Map<AppealStatus, Long> counts, long total) {

		public long count(AppealStatus status) {
			return this.counts.getOrDefault(status, 0L);
		}

	}

}

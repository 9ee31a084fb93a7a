package kz.otinish.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The list behind a figure (STAT-1): what it counts in words, how many, and a page of the
 * appeals with their particulars that are not personal.
 *
 * @param criteria what the figure counts, one phrase per condition
 * @param count how many appeals (equal to the figure)
 * @param rows this page's appeals
 * @param pageBase the list's address without the page
 * @param dashboard the dashboard of the same period and school
 */
record DrillDownView(List<String> criteria, long count, List<Line> rows, int page, boolean hasPrevious, boolean hasNext,
		String pageBase, String dashboard, String exportCsv, String exportXlsx) {

	/**
	 * An appeal as the list shows it; {@code number} and {@code id} only for a reader who
	 * may open it.
	 */
	record Line(@Nullable UUID id, @Nullable String number, String kind, String category, String school, String status,
			LocalDate receivedOn, @Nullable LocalDate dueOn, @Nullable LocalDate answeredOn) {
	}

}

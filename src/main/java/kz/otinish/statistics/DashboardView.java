package kz.otinish.statistics;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The dashboard as it is shown, exported and answered by the API (STAT-1): every label in
 * the reader's language, every figure with the address of the list behind it.
 *
 * @param period the days of receipt counted
 * @param periodText the period in words
 * @param school the school chosen, or {@code null} for every school in the reader's scope
 * @param schools the schools the reader may choose
 * @param headline the figures at the top
 * @param breakdowns received appeals by one dimension each
 * @param bySchool the schools side by side (readers of every school, none chosen)
 */
record DashboardView(Period period, String periodText, @Nullable String school, List<Choice> schools,
		List<Figure> headline, List<Breakdown> breakdowns, @Nullable SchoolTable bySchool) {

	/** A school to choose. */
	record Choice(String code, String name, boolean selected) {
	}

	/**
	 * One figure: a count ({@code value}), or a number of working days ({@code text}),
	 * its share of what it is a part of, and the list behind it.
	 */
	record Figure(String key, String label, long value, String text, @Nullable String share, @Nullable String shareOf,
			String href) {
	}

	/** Appeals by one dimension: a row per value, in the dimension's order. */
	record Breakdown(String key, String title, List<Row> rows, long total) {

		public boolean isEmpty() {
			return this.total == 0;
		}

	}

	/** A value of a breakdown and its count. */
	record Row(String label, long count, String share, String href) {
	}

	/** Schools side by side. */
	record SchoolTable(List<String> headings, List<SchoolRow> rows) {
	}

	/** One school's figures, in the headings' order. */
	record SchoolRow(String school, List<Cell> cells) {
	}

	/** A figure of the schools' table. */
	record Cell(String text, @Nullable String href) {
	}

}

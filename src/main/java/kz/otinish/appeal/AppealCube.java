package kz.otinish.appeal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * STAT-1: the appeals of a reader's scope that pass a filter, counted per school along
 * each dimension the statistics show. Counts only, never an appeal's contents; every
 * count is the count of {@link AppealFigures#list} with the same filter narrowed to the
 * value.
 *
 * @param dimensions per dimension, the counts per school and value
 * @param answers the answered appeals per school, working days to the answer and whether
 * in time (DL-1, DL-2)
 */
public record AppealCube(Map<Dimension, List<Count>> dimensions, List<AnswerCount> answers) {

	/** What the appeals are counted by. */
	public enum Dimension {

		STATUS, KIND, CHANNEL, APPLICANT_TYPE, LEVEL_OF_STUDY, CATEGORY, BODY, OUTCOME, COMPLAINT_OUTCOME, REPEATED,
		EXTENDED, AGREED, COMPLAINED, OVERDUE

	}

	/**
	 * Appeals of a school ({@code null}: none) with a value of a dimension ({@code null}:
	 * none, e.g. not routed; a {@link Boolean} for the yes/no dimensions).
	 */
	public record Count(@Nullable String schoolCode, @Nullable Object value, long count) {

	}

	/** Answered appeals of a school that took so many working days, in time or late. */
	public record AnswerCount(@Nullable String schoolCode, int workingDays, boolean inTime, long count) {

	}

	public List<Count> counts(Dimension dimension) {
		return this.dimensions.getOrDefault(dimension, List.of());
	}

}

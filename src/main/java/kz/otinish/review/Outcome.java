package kz.otinish.review;

/**
 * The outcome of a protocol decision (REV-8, REV-9). Labels: {@code review.outcome.*}.
 */
public enum Outcome {

	SATISFIED, PARTLY_SATISFIED, EXPLAINED, NOT_SATISFIED

}

package kz.otinish.review;

/**
 * REV-12: whether an argument of the applicant was confirmed. Labels:
 * {@code review.finding.*}.
 */
public enum Finding {

	CONFIRMED, NOT_CONFIRMED

}

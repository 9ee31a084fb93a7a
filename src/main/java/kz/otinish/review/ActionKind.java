package kz.otinish.review;

/**
 * What a decision asks for: a measure (REV-8, disciplinary ones flagged) or a
 * recommendation removing the causes of a conflict (REV-10). Both are tracked to
 * completion. Labels: {@code review.actionKind.*}.
 */
public enum ActionKind {

	MEASURE, RECOMMENDATION

}

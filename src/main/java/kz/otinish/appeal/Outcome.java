package kz.otinish.appeal;

/**
 * The outcome of a protocol decision (REV-8, REV-9), kept on the appeal. Labels:
 * {@code review.outcome.*}.
 */
public enum Outcome {

	SATISFIED, PARTLY_SATISFIED, EXPLAINED, NOT_SATISFIED;

	/** The message key of this outcome's label. */
	public String labelKey() {
		return "review.outcome." + name();
	}

}

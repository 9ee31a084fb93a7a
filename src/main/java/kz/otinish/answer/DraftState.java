package kz.otinish.answer;

/**
 * Where one version of a draft answer stands. Labels: {@code answer.draftState.*}.
 */
public enum DraftState {

	/** Written by the executor, awaiting the dean. */
	SUBMITTED,
	/** Returned by the dean for rework, with a reason; a new version follows. */
	RETURNED,
	/** Approved by the dean: the answer that is delivered. */
	APPROVED

}

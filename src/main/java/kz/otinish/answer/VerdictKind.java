package kz.otinish.answer;

/**
 * What the applicant said after the answer (DL-4). Labels: {@code answer.verdict.*}.
 */
public enum VerdictKind {

	/** Agrees with the answer; the appeal closes. */
	AGREE,
	/** Disagrees: a complaint against the decision goes to the higher official. */
	DISAGREE,
	/** No answer by the due date: a complaint against inaction. */
	INACTION

}

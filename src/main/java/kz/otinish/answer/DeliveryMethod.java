package kz.otinish.answer;

/**
 * How the answer reaches the applicant (RES-1..RES-3). Labels: {@code answer.method.*}.
 */
public enum DeliveryMethod {

	/** Handed over in person against signature. */
	IN_PERSON,
	/** Sent by post to the address in the application. */
	POST

}

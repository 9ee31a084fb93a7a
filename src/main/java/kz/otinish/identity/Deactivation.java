package kz.otinish.identity;

/** Why an account was deactivated, which decides who may bring it back. */
enum Deactivation {

	/**
	 * Absent from a full import: the next import that lists the person reactivates it.
	 */
	LEFT,
	/** An administrator's decision: only an administrator reactivates it. */
	ADMIN

}

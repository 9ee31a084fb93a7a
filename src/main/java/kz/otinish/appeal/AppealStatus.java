package kz.otinish.appeal;

/**
 * Where an appeal stands. The allowed moves between statuses are the table in
 * {@link AppealAction}; a status is final when no action leaves it.
 */
public enum AppealStatus {

	/**
	 * Reached us, awaiting registration (INT-1: only registered appeals are considered).
	 */
	RECEIVED,
	/** In the journal with a number; the DL-1 clock runs. */
	REGISTERED,
	/** With the dean (REV-1). */
	IN_TRIAGE,
	/** DL-3: returned without consideration, with the dean's explanation. */
	RETURNED_WITHOUT_CONSIDERATION,
	/** INT-4: anonymous, not subject to consideration. */
	NOT_CONSIDERED,
	/** INT-4: anonymous report of a crime or threat, sent to a state body. */
	FORWARDED_TO_STATE_BODY,
	/** REV-11: repeated without new arguments; consideration terminated. */
	TERMINATED,
	/** Before a collegial body or the extended commission (REV-1..REV-7). */
	IN_REVIEW,
	/** A protocol decision exists (REV-8..REV-10). */
	DECIDED,
	/** The answer is in the applicant's hands (RES-1..RES-3). */
	ANSWERED,
	/** Done. */
	CLOSED;

	/**
	 * Registered and not yet answered: the statuses in which the review clock runs (DL-1,
	 * DL-2). Defined here once.
	 */
	public static final java.util.Set<AppealStatus> OPEN = java.util.Collections
		.unmodifiableSet(java.util.EnumSet.of(REGISTERED, IN_TRIAGE, IN_REVIEW, DECIDED));

	/** Is the review clock running in this status? */
	public boolean isOpen() {
		return OPEN.contains(this);
	}

	/**
	 * Registered and not yet routed or otherwise decided by the dean: the statuses of the
	 * triage queue (REV-1, DL-3, INT-4). Defined here once.
	 */
	public static final java.util.Set<AppealStatus> AWAITING_TRIAGE = java.util.Collections
		.unmodifiableSet(java.util.EnumSet.of(REGISTERED, IN_TRIAGE));

	/** Does an appeal in this status wait for the dean's triage decision? */
	public boolean awaitsTriage() {
		return AWAITING_TRIAGE.contains(this);
	}

	public boolean isFinal() {
		return AppealAction.from(this).isEmpty();
	}

}

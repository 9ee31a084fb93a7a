package kz.otinish.clock;

/** What the daily deadline watch tells people about an appeal. */
public enum ReminderKind {

	/**
	 * DL-1/DL-2: the due date is near (at a configured number of working days before).
	 */
	DUE_SOON,
	/** DL-3: the return deadline of an appeal still in triage is near. */
	RETURN_WARNING,
	/** The due date has passed: escalated up the chain. */
	OVERDUE,
	/**
	 * REV-8, REV-10: a measure or recommendation of a decision is past its due date: the
	 * responsible person and the dean.
	 */
	ACTION_OVERDUE

}

package kz.otinish.appeal;

/**
 * TERM-6: why an application counts as repeated (at least the second on the same matter).
 */
public enum RepeatGround {

	/** (a) it complains about the decision on the earlier one. */
	DECISION_CONTESTED,
	/** (b) the earlier one was not answered within its review period. */
	NOT_ANSWERED_IN_TIME,
	/** (c) it points out other shortcomings in how the earlier one was considered. */
	OTHER_SHORTCOMINGS

}

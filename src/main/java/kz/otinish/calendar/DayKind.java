package kz.otinish.calendar;

/**
 * Why a date differs from an ordinary Monday-to-Friday week. Labels come from
 * {@code calendar.kind.*} message keys.
 */
public enum DayKind {

	/**
	 * A holiday of Law 267 art. 5; a day off, carried over when it falls on a weekend.
	 */
	HOLIDAY,
	/**
	 * A religious day off (Labour Code art. 84 p. 5): 7 January, Kurban Ait; never
	 * carried over.
	 */
	RELIGIOUS_DAY_OFF,
	/** The next working day off because a holiday fell on a Saturday or Sunday. */
	CARRY_OVER_DAY_OFF,
	/** A weekday made a day off by a government order (Labour Code art. 85 p. 3). */
	TRANSFERRED_DAY_OFF,
	/**
	 * A Saturday or Sunday made a working day by a government order, in exchange for a
	 * day off.
	 */
	WORKING_WEEKEND_DAY;

	/** Whether a day of this kind is worked. */
	public boolean isWorking() {
		return this == WORKING_WEEKEND_DAY;
	}

}

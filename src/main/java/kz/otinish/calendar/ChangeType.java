package kz.otinish.calendar;

/**
 * What a calendar change did. Labels come from {@code calendar.change.*} message keys.
 */
public enum ChangeType {

	/** A shipped year was imported on start-up. */
	YEAR_LOADED,
	/** An administrator added a year, seeded from the statutory rules. */
	YEAR_CREATED,
	/** A day was added. */
	ADDED,
	/** A day was changed. */
	CHANGED,
	/** A day was removed. */
	REMOVED

}

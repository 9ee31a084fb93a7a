package kz.otinish.calendar;

/**
 * How sure a calendar entry is. Labels come from {@code calendar.status.*} message keys.
 */
public enum DataStatus {

	/** Confirmed by an official or news source and by a dataset. */
	VERIFIED,
	/** Officially announced; may still shift by a day (Kurban Ait). */
	ANNOUNCED,
	/**
	 * Computed from Law 267 art. 5 and Labour Code art. 84; no specific confirmation
	 * found.
	 */
	RULE_DERIVED,
	/** Computed astronomically; no official announcement found. */
	ESTIMATED

}

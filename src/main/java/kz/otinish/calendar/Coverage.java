package kz.otinish.calendar;

/**
 * Where a year's calendar comes from. Labels come from {@code calendar.coverage.*} keys.
 */
public enum Coverage {

	/** The year's days are data: shipped with Otinish or entered by an administrator. */
	DATA,
	/**
	 * No data for the year: only the statutory fixed-date holidays and their weekend
	 * carry-overs apply; no government transfers, no Kurban Ait.
	 */
	STATUTORY_FALLBACK

}

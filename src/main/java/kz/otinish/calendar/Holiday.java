package kz.otinish.calendar;

/**
 * The holidays and religious days off of Kazakhstan. Names in each language come from
 * {@code calendar.holiday.*} message keys.
 */
public enum Holiday {

	NEW_YEAR, ORTHODOX_CHRISTMAS, WOMENS_DAY, CONSTITUTION_DAY, NAURYZ, UNITY_DAY, DEFENDER_DAY, VICTORY_DAY,
	KURBAN_AIT, CAPITAL_DAY, REPUBLIC_DAY, INDEPENDENCE_DAY

}

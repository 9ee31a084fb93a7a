package kz.otinish.organization;

/**
 * University units an extended commission draws its mandatory members from (sop.md
 * REV-6), and the records office that keeps the university's journal (INT-2). Labels:
 * {@code organization.unitKind.*}.
 */
public enum UnitKind {

	/** Жастар саясаты басқармасы: mandatory for students' complaints. */
	YOUTH_POLICY,
	/** Студенттік деканат: mandatory for students' complaints. */
	STUDENT_DEANS_OFFICE,
	/** The employees' local trade union: mandatory for staff complaints. */
	TRADE_UNION,
	/** A lawyer: mandatory in every extended commission. */
	LEGAL,
	/** Іс жүргізу бөлімі: accepts written applications (INT-2). */
	RECORDS_OFFICE,
	/** Any other unit whose employees may be added when needed. */
	OTHER

}

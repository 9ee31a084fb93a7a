package kz.otinish.organization;

/**
 * The collegial bodies that consider appeals (sop.md REV-1..REV-5). Labels come from
 * {@code organization.bodyType.*} message keys.
 */
public enum BodyType {

	/**
	 * Деканат Кеңесі: the educational and upbringing process, housing and living
	 * conditions (REV-2).
	 */
	DEANS_OFFICE_COUNCIL,
	/** ББК: content of programmes, syllabi, assessment methods and criteria (REV-3). */
	EPC,
	/**
	 * СҚК: quality of the educational process, teaching, facilities, working conditions
	 * (REV-4).
	 */
	QAC,
	/**
	 * Этикалық Кеңес: teaching staff's applications on business ethics, university-wide
	 * (REV-5).
	 */
	ETHICS_COUNCIL;

	/**
	 * Whether every school has a body of this type (the Ethics Council is the
	 * university's).
	 */
	public boolean perSchool() {
		return this != ETHICS_COUNCIL;
	}

}

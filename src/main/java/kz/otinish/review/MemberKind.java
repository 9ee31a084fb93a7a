package kz.otinish.review;

/**
 * Whom a member of an extended commission represents (REV-6). Labels:
 * {@code review.memberKind.*}.
 */
public enum MemberKind {

	/** The dean, who chairs it. */
	CHAIR,
	/** The Youth Policy Department (students' complaints). */
	YOUTH_POLICY,
	/** The student dean's office (students' complaints). */
	STUDENT_DEANS_OFFICE,
	/** The Ethics Council (staff complaints). */
	ETHICS_COUNCIL,
	/** The local trade union (staff complaints). */
	TRADE_UNION,
	/** The Educational Programmes Committee (always). */
	EPC,
	/** The Quality Assurance Commission (always). */
	QAC,
	/** A lawyer (always). */
	LEGAL,
	/** An employee of another unit, added when needed. */
	OTHER

}

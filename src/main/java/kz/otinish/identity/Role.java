package kz.otinish.identity;

/**
 * The people who use Otinish. A role's scope (its school, where it has one) is on the
 * account. Labels come from {@code identity.role.*} message keys.
 */
public enum Role {

	/** A student, of any level of study. */
	STUDENT,
	/** A member of the teaching staff (ПОҚ). */
	STAFF,
	/** A legal representative filing for a student or staff member (INT-8). */
	REPRESENTATIVE,
	/** Records office (university-wide journal). */
	REGISTRAR,
	/**
	 * A school's dean's office (registers paper, keeps the school's journal and
	 * statistics).
	 */
	DEANS_OFFICE,
	/** A school's dean: triage and decisions. */
	DEAN,
	/** Secretary of a collegial body. */
	BODY_SECRETARY,
	/** Member of a collegial body. */
	BODY_MEMBER,
	/** Moderator of the Rector's blog. */
	MODERATOR,
	/** Vice-rector or rector: higher official for complaints and escalations. */
	OFFICIAL,
	/** Reads statistics, never the appeals themselves. */
	ANALYST,
	/** Calendar, organization, accounts. */
	ADMIN;

	public boolean isApplicant() {
		return this == STUDENT || this == STAFF || this == REPRESENTATIVE;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}

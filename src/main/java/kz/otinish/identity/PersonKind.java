package kz.otinish.identity;

/**
 * Whose file a person comes from: the registrar's (students) or HR's (staff). Labels come
 * from {@code identity.personKind.*} message keys.
 */
public enum PersonKind {

	/** A student of any level, from the registrar's export. */
	STUDENT,
	/** A member of staff, from HR's export. */
	STAFF;

	/** The role an imported person of this kind starts with. */
	public Role role() {
		return this == STUDENT ? Role.STUDENT : Role.STAFF;
	}

}

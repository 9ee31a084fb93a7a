package kz.otinish.people;

import java.util.List;

import kz.otinish.identity.PersonKind;

/**
 * Whose file it is: the registrar's list of students or HR's list of staff, with the
 * columns each must have.
 */
enum ImportKind {

	STUDENTS(PersonKind.STUDENT,
			List.of(PeopleColumn.EXTERNAL_ID, PeopleColumn.FULL_NAME, PeopleColumn.SCHOOL, PeopleColumn.LEVEL,
					PeopleColumn.YEAR)),
	STAFF(PersonKind.STAFF,
			List.of(PeopleColumn.EXTERNAL_ID, PeopleColumn.FULL_NAME, PeopleColumn.SCHOOL, PeopleColumn.POSITION));

	private final PersonKind kind;

	private final List<PeopleColumn> required;

	ImportKind(PersonKind kind, List<PeopleColumn> required) {
		this.kind = kind;
		this.required = required;
	}

	PersonKind personKind() {
		return this.kind;
	}

	List<PeopleColumn> required() {
		return this.required;
	}

}

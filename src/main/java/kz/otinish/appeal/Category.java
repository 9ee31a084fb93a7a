package kz.otinish.appeal;

/**
 * What the appeal is about; the categories follow the competences of REV-2..REV-5 so that
 * triage can suggest the collegial body.
 */
public enum Category {

	/** REV-2: organisation of the educational and upbringing process. */
	EDUCATIONAL_PROCESS,
	/** REV-2: housing and living conditions. */
	HOUSING,
	/** REV-3: content of educational programmes and syllabi. */
	PROGRAMME_CONTENT,
	/** REV-3: assessment methods and criteria. */
	ASSESSMENT,
	/** REV-4: quality of teaching. */
	TEACHING_QUALITY,
	/** REV-4: material and technical provision, working conditions. */
	RESOURCES_AND_CONDITIONS,
	/** REV-5: business ethics of teaching staff. */
	BUSINESS_ETHICS, OTHER

}

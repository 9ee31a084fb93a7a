package kz.otinish.identity;

/**
 * A student's level of study at a medical university. Labels come from
 * {@code identity.studyLevel.*} message keys.
 */
public enum StudyLevel {

	BACHELOR, INTERNSHIP, RESIDENCY, MASTER, DOCTORATE

}

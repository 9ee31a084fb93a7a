package kz.otinish.appeal;

/**
 * Whose appeal it is: a student (Appendix 1) or a member of the teaching staff (Appendix
 * 2).
 */
public enum ApplicantType {

	STUDENT, STAFF

}

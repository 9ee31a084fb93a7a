package kz.otinish.appeal;

/** Appendix 1: form of study (the procedure's form names full-time). */
public enum StudyForm {

	FULL_TIME, PART_TIME

}

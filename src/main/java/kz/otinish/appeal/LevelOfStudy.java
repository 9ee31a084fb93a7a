package kz.otinish.appeal;

/** Appendix 1: level of study. */
public enum LevelOfStudy {

	BACHELOR, INTERNSHIP, RESIDENCY, MASTER, DOCTORATE

}

package kz.otinish.appeal;

/** Appendix 1: language of study. */
public enum StudyLanguage {

	KAZAKH, RUSSIAN, ENGLISH

}

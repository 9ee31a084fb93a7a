package kz.otinish.appeal;

/** Appendix 1 and 2: to the Chairman of the Board–Rector, or to the school's dean. */
public enum Addressee {

	RECTOR, DEAN

}

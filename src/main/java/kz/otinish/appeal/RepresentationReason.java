package kz.otinish.appeal;

/** INT-8: why a legal representative files instead of the student or staff member. */
public enum RepresentationReason {

	MINOR, ILLNESS, NON_RESIDENT, OUTSIDE_KAZAKHSTAN

}

package kz.otinish.organization;

/**
 * A person's place in a collegial body. The deputy chair presides over an item whose
 * subject is the chair (conflict of interest). Labels: {@code organization.memberRole.*}.
 */
public enum MemberRole {

	CHAIR, DEPUTY_CHAIR, SECRETARY, MEMBER

}

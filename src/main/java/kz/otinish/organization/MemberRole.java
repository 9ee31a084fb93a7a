package kz.otinish.organization;

/** A person's place in a collegial body. Labels: {@code organization.memberRole.*}. */
public enum MemberRole {

	CHAIR, SECRETARY, MEMBER

}

package kz.otinish.appeal;

/**
 * INT-2: how an appeal reached the university; every channel ends in the same journal.
 */
public enum Channel {

	PORTAL, EMAIL, PAPER, RECTOR_BLOG

}

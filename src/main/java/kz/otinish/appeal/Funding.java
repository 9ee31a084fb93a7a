package kz.otinish.appeal;

/** Appendix 1: how the studies are paid for. */
public enum Funding {

	GRANT, STATE_ORDER, PAID

}

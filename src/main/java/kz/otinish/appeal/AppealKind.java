package kz.otinish.appeal;

/** TERM-1: the forms an appeal (үндеу) takes. */
public enum AppealKind {

	APPLICATION, COMPLAINT, PROPOSAL, INQUIRY, RESPONSE

}

package kz.otinish.blog;

/** Where a post went as an appeal (INT-3, INT-4); labels are {@code blog.routing.*}. */
enum Routing {

	NOT_ROUTED,
	/** Registered as an appeal to the dean of the school it concerns. */
	DEANS_OFFICE,
	/**
	 * Registered as an anonymous appeal, for the dean or officials to decide under INT-4.
	 */
	ANONYMOUS_TRIAGE

}

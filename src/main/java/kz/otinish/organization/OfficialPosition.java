package kz.otinish.organization;

/**
 * The officials who decide on appeals and hear complaints against decisions (sop.md
 * REV-1, DL-4). Who is higher than whom is data (each official's {@code reports-to}), not
 * this order. Labels: {@code organization.position.*}.
 */
public enum OfficialPosition {

	DEAN, VICE_RECTOR, RECTOR

}

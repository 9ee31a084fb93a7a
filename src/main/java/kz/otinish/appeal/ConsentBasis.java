package kz.otinish.appeal;

/**
 * The legal basis on which an appeal's personal data are processed (Law No. 94-V "On
 * personal data and their protection").
 */
public enum ConsentBasis {

	/**
	 * The applicant ticked the consent of a given version on the portal or in the API.
	 */
	APPLICANT_CONSENT,

	/** The registrar recorded that the applicant gave written consent at the desk. */
	CONSENT_ON_PAPER,

	/**
	 * No consent was asked (e-mail, the Rector's blog, a paper application without it):
	 * the Law on the procedure for considering appeals is the basis.
	 */
	LAW_ON_APPEALS

}

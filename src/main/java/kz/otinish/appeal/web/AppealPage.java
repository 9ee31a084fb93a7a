package kz.otinish.appeal.web;

/**
 * What one appeal's page shows and offers to the person reading it, decided by
 * {@link AppealPages}; the template only reads it.
 *
 * @param reviewLink the link to the consideration page (staff, once registered)
 * @param reviewLinkPrimary that link is the next step (the appeal awaits this reader's
 * triage)
 * @param canRegister the INT-1 registration button (the appeal awaits registration)
 * @param finalNote the note of a final status is shown
 * @param studentDetails the applicant's study details (Appendix 1)
 * @param staffDetails the applicant's workplace (Appendix 2)
 * @param extensionsPanel the DL-2 extensions panel (the appeal has a due date; staff
 * only)
 * @param canReturn DL-3: return without consideration
 * @param canDecideAnonymous INT-4: the two outcomes of an anonymous appeal
 * @param repeatedPanel TERM-6: marking as repeated, with earlier appeals to choose
 * @param answer the way to the answer
 * @param staffView the reader is staff or an official, not the applicant: the late flag
 * and the reason of a late complaint (DL-4), the rules behind the deadlines, the
 * timeline's details and the files' checksums
 */
public record AppealPage(boolean reviewLink, boolean reviewLinkPrimary, boolean canRegister, boolean finalNote,
		boolean studentDetails, boolean staffDetails, boolean extensionsPanel, boolean canReturn,
		boolean canDecideAnonymous, boolean repeatedPanel, AnswerLinks answer, boolean staffView) {

	/**
	 * The panel leading to the answer (staff: draft and delivery) or to the verdict (the
	 * applicant).
	 *
	 * @param shown the panel is shown: a complaint, a decision, or an overdue appeal
	 * @param complaintFiled a complaint was just filed
	 * @param toVerdict the link goes to the applicant's verdict page, not to the draft
	 */
	public record AnswerLinks(boolean shown, boolean complaintFiled, boolean toVerdict) {
	}

}

/**
 * Intake (sop.md INT-1, INT-5..INT-7): the applicant portal, the registrar's desk with
 * its queue and paper applications, and the filing API. {@link kz.otinish.intake.Intake}
 * is the one entry point through which the mailbox and the Rector's blog receive and
 * register appeals.
 */
@NullMarked
package kz.otinish.intake;

import org.jspecify.annotations.NullMarked;

package kz.otinish.documents;

import java.time.LocalDate;

import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * DL-2: the notice telling the applicant that the consideration period was extended (to
 * at most 30 working days), with the reason and the new date. Holds exactly what the
 * letter prints, in the appeal's language; the clock module supplies it when it extends a
 * deadline.
 *
 * @param language the appeal's language (the letter is written in it)
 * @param registrationNumber the appeal's registration number
 * @param registeredOn the day it was registered
 * @param applicant the applicant's full name
 * @param applicantAddress the postal or e-mail address the notice goes to, if any
 * @param subject the appeal's summary
 * @param oldDueOn the due date before the extension
 * @param newDueOn the new due date
 * @param reason why the period was extended
 * @param extendedBy who extended it (name and position); signs the notice
 * @param extendedOn the day of the extension
 */
public record ExtensionNotice(Language language, String registrationNumber, LocalDate registeredOn, String applicant,
		@Nullable String applicantAddress, String subject, LocalDate oldDueOn, LocalDate newDueOn, String reason,
		Signatory extendedBy, LocalDate extendedOn) {
}

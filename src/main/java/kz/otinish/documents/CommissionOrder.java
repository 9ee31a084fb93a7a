package kz.otinish.documents;

import java.time.LocalDate;
import java.util.List;

import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * REV-6: the dean's order forming an extended commission for an unresolved application,
 * chaired by the dean, with its members and the mandatory role each fills, and the
 * deadline for its work. The review module supplies it when the dean forms the
 * commission.
 *
 * @param language the appeal's language
 * @param number the order's number
 * @param date the order's date
 * @param school the school's name
 * @param appealNumber the appeal's registration number
 * @param appealSubject the appeal's summary
 * @param chair the dean, who chairs the commission and signs the order
 * @param members the members besides the chair
 * @param deadline the day by which the commission reports
 */
public record CommissionOrder(Language language, String number, LocalDate date, String school, String appealNumber,
		String appealSubject, Signatory chair, List<Member> members, LocalDate deadline) {

	public CommissionOrder {
		members = List.copyOf(members);
	}

	/**
	 * A member: name, position and unit, and the mandatory role (REV-6) they fill, or
	 * {@code null} for a member added from another unit.
	 */
	public record Member(String name, String position, String unit, @Nullable MandatoryRole role) {
	}

	/** The members REV-6 makes mandatory. */
	public enum MandatoryRole {

		/** Students' complaints: an employee of the Youth Policy Department. */
		YOUTH_POLICY,
		/** Students' complaints: an employee of the student dean's office. */
		STUDENT_DEANS_OFFICE,
		/** Staff complaints: the Ethics Council. */
		ETHICS_COUNCIL,
		/** Staff complaints: the local trade union. */
		TRADE_UNION,
		/** Both: the educational programmes committee. */
		EPC,
		/** Both: the quality assurance committee. */
		QAC,
		/** Both: a lawyer. */
		LAWYER

	}

}

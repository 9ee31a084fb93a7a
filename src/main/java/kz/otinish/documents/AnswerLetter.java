package kz.otinish.documents;

import java.time.LocalDate;
import java.util.List;

import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * The answer to an appeal (Law 221 art. 10): a reasoned answer in the appeal's language,
 * with the findings per argument, the decision and the protocol it rests on, the measures
 * and recommendations to state (REV-8..REV-10), and the right to complain: to whom and by
 * when (DL-4). Holds exactly what the letter prints; the answer module supplies it once
 * the dean approved the draft. The stored PDF goes to a staff member's corporate e-mail
 * (RES-3) via {@link Documents#answerPdf}.
 *
 * @param language the appeal's language (kk/ru/en)
 * @param registrationNumber the appeal's registration number
 * @param registeredOn the day it was registered
 * @param applicant the applicant's full name
 * @param addressee the letter's addressee line: name and the address it is sent to
 * (RES-1..RES-3)
 * @param subject the appeal's summary
 * @param reasons the reasoning of the answer (free text)
 * @param findings the findings per argument of the applicant
 * @param outcome the decision's outcome
 * @param decision the decision as the protocol states it
 * @param protocol the protocol the decision rests on
 * @param measures measures and recommendations to state (empty when none)
 * @param complaint the right to complain (DL-4)
 * @param signatory who signs the answer; {@code null}: the appeal's dean (or the rector)
 * from the organization
 * @param date the letter's date
 * @param outgoingNumber the letter's outgoing number, if any
 */
public record AnswerLetter(Language language, String registrationNumber, LocalDate registeredOn, String applicant,
		String addressee, String subject, String reasons, List<Finding> findings, Outcome outcome, String decision,
		ProtocolReference protocol, List<String> measures, ComplaintRight complaint, @Nullable Signatory signatory,
		LocalDate date, @Nullable String outgoingNumber) {

	public AnswerLetter {
		findings = List.copyOf(findings);
		measures = List.copyOf(measures);
	}

	/**
	 * What was found about one argument of the applicant (REV-7, REV-12).
	 *
	 * @param argument the argument as the applicant stated it
	 * @param confirmed whether the facts were confirmed
	 * @param grounds what the finding rests on (documents, explanations)
	 */
	public record Finding(String argument, boolean confirmed, String grounds) {
	}

	/** The protocol the decision rests on: the body, its number and date. */
	public record ProtocolReference(String body, String number, LocalDate date) {
	}

	/**
	 * DL-4: the applicant may complain to this official (name and position) within
	 * {@code months} of receiving the answer; {@code until} is that day once the answer
	 * was delivered ({@code null} while the delivery day is not known yet).
	 */
	public record ComplaintRight(Signatory official, @Nullable LocalDate until, int months) {

		/** The window ends on this day (three months, as DL-4 has it). */
		public ComplaintRight(Signatory official, LocalDate until) {
			this(official, until, 3);
		}

	}

	/** The outcome, printed with its label in the letter's language. */
	public enum Outcome {

		/** The request is satisfied. */
		SATISFIED,
		/** Partly satisfied. */
		PARTLY_SATISFIED,
		/** Not satisfied. */
		REJECTED,
		/** Explained (the matter needed an explanation, not a decision). */
		EXPLAINED

	}

}

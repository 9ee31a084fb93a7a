package kz.otinish.answer;

import java.time.LocalDate;
import java.util.Optional;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealDecision;
import kz.otinish.shared.InvalidValue;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

/**
 * The rules a recorded delivery of the answer obeys (RES-1..RES-3), kept apart from the
 * orchestration in {@link AnswerManagement}.
 */
final class DeliveryRules {

	private DeliveryRules() {
	}

	/**
	 * The delivery as recorded is possible for this applicant (RES-1..RES-3: the methods
	 * the applicant's type allows, with their signature, post or phone call particulars),
	 * not before the decision nor after today; answers the corporate e-mail the answer
	 * goes to as well, if any.
	 */
	static @Nullable String check(Appeal appeal, RecipientKind recipient, DeliveryRecord record, LocalDate today) {
		if (!recipient.allows(record.method())) {
			throw new Refused("answer.refused.method." + recipient.name(), record.method().name());
		}
		if (record.deliveredOn().isAfter(today)) {
			throw new InvalidValue("deliveredOn", "answer.refused.deliveredInFuture");
		}
		// the answer cannot reach the applicant before the decision it gives
		Optional<LocalDate> decidedOn = appeal.decision().map(AppealDecision::protocolDate);
		if (decidedOn.isPresent() && record.deliveredOn().isBefore(decidedOn.get())) {
			throw new InvalidValue("deliveredOn", "answer.refused.deliveredBeforeDecision",
					java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(decidedOn.get()));
		}
		if (record.phoneCallOn() != null && (record.phoneCallOn().isAfter(today)
				|| decidedOn.isPresent() && record.phoneCallOn().isBefore(decidedOn.get()))) {
			throw new InvalidValue("phoneCallOn", "answer.refused.phoneCallOutOfRange");
		}
		if (record.method() == DeliveryMethod.IN_PERSON
				&& (record.handedOverBy() == null || record.signedBy() == null)) {
			throw new Refused("answer.refused.signature");
		}
		if (record.method() == DeliveryMethod.POST
				&& (record.postAddress() == null || record.trackingNumber() == null)) {
			throw new Refused("answer.refused.post");
		}
		if (recipient.needsPhoneCall() && record.phoneCallOn() == null) {
			throw new Refused("answer.refused.phoneCall");
		}
		if (recipient.sendsEmail()) {
			String email = appeal.applicant().email();
			if (email == null || email.isBlank()) {
				throw new Refused("answer.refused.noEmail");
			}
			return email.strip();
		}
		return null;
	}

	/**
	 * The delivery in the appeal's trail: no names or addresses (those stay in the
	 * record).
	 */
	static String describe(RecipientKind recipient, DeliveryRecord record, @Nullable String email) {
		StringBuilder how = new StringBuilder(recipient.ruleId()).append(": ")
			.append(record.method().name())
			.append(' ')
			.append(record.deliveredOn());
		// the signer's name and the e-mail address stay in the delivery record (wiped on
		// retention), out of the audit trail, which is never anonymised
		if (record.method() == DeliveryMethod.IN_PERSON) {
			how.append(", ").append(record.handedOverBy());
		}
		else {
			how.append(", ").append(record.trackingNumber());
		}
		if (record.phoneCallOn() != null) {
			how.append(", phone ").append(record.phoneCallOn());
		}
		if (email != null) {
			how.append(", e-mail");
		}
		return how.toString();
	}

}

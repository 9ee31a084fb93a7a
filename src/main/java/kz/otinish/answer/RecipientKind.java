package kz.otinish.answer;

import java.util.EnumSet;
import java.util.Set;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.ApplicantType;

/**
 * Who receives the answer, which decides how it may be delivered: RES-1 students in
 * person or by post; RES-2 legal representatives by post or in person, with the phone
 * call announcing the date; RES-3 staff in person and, always, to the corporate e-mail.
 */
public enum RecipientKind {

	STUDENT(EnumSet.of(DeliveryMethod.IN_PERSON, DeliveryMethod.POST), false, false),

	REPRESENTATIVE(EnumSet.of(DeliveryMethod.POST, DeliveryMethod.IN_PERSON), true, false),

	STAFF(EnumSet.of(DeliveryMethod.IN_PERSON), false, true);

	private final Set<DeliveryMethod> methods;

	private final boolean phoneCall;

	private final boolean email;

	RecipientKind(Set<DeliveryMethod> methods, boolean phoneCall, boolean email) {
		this.methods = methods;
		this.phoneCall = phoneCall;
		this.email = email;
	}

	/** A representative filed: RES-2; otherwise by the applicant's type. */
	public static RecipientKind of(Appeal appeal) {
		if (appeal.representative().isPresent()) {
			return REPRESENTATIVE;
		}
		return appeal.applicant().type() == ApplicantType.STAFF ? STAFF : STUDENT;
	}

	/** The methods this recipient's answer may be delivered by, in the order offered. */
	public Set<DeliveryMethod> methods() {
		return EnumSet.copyOf(this.methods);
	}

	public boolean allows(DeliveryMethod method) {
		return this.methods.contains(method);
	}

	/** RES-2: the phone call announcing when the answer will come must be recorded. */
	public boolean needsPhoneCall() {
		return this.phoneCall;
	}

	/** RES-3: the answer also goes to the corporate e-mail. */
	public boolean sendsEmail() {
		return this.email;
	}

	/** The rule this recipient's delivery follows. */
	public String ruleId() {
		return switch (this) {
			case STUDENT -> "RES-1";
			case REPRESENTATIVE -> "RES-2";
			case STAFF -> "RES-3";
		};
	}

}

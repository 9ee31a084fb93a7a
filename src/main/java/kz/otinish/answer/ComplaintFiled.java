package kz.otinish.answer;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.shared.AppealFact;
import org.jspecify.annotations.Nullable;

/**
 * DL-4: a complaint against an appeal's decision or against inaction was filed for the
 * applicant, registered as an appeal of its own and sent to the higher official (audited
 * on the original appeal; the official is notified).
 */
public record ComplaintFiled(UUID appealId, UUID complaintAppealId, @Nullable String complaintNumber, VerdictKind kind,
		@Nullable String higherOfficial, @Nullable String higherOfficialAccount, @Nullable String higherOfficialEmail,
		boolean late, String status, Instant at) implements AppealFact<String> {

	@Override
	public String action() {
		return this.kind == VerdictKind.INACTION ? "COMPLAINT_INACTION" : "COMPLAINT_FILED";
	}

	@Override
	public String detail() {
		return (this.complaintNumber == null ? "" : this.complaintNumber) + (this.late ? " (late)" : "")
				+ (this.higherOfficial == null ? "" : " → " + this.higherOfficial);
	}

}

package kz.otinish.appeal.web;

import java.util.Set;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealManagement.TriageOptions;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.ApplicantType;
import kz.otinish.identity.CurrentUser;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Decides what an appeal's page shows and offers, in one place: from the appeal's status,
 * the triage options the access policy grants, and the reader's role.
 */
@Component
class AppealPages {

	/** Statuses after which the answer is (being) written. */
	private static final Set<AppealStatus> ANSWERING = Set.of(AppealStatus.DECIDED, AppealStatus.ANSWERED,
			AppealStatus.CLOSED);

	private final Urgency urgency;

	AppealPages(Urgency urgency) {
		this.urgency = urgency;
	}

	/**
	 * The page for this reader.
	 * @param options what the access policy lets the reader decide at triage
	 * @param hasCandidates earlier appeals exist that this one may repeat
	 * @param complaintFiled the reader has just filed a complaint
	 */
	AppealPage of(Appeal appeal, @Nullable CurrentUser user, TriageOptions options, boolean hasCandidates,
			boolean complaintFiled) {
		AppealStatus status = appeal.status();
		boolean applicant = user != null && user.role().isApplicant();
		boolean answerShown = complaintFiled || appeal.kind() == AppealKind.COMPLAINT || ANSWERING.contains(status)
				|| "overdue".equals(this.urgency.of(appeal));
		boolean staff = user != null && !applicant;
		// Consideration is the next step for whoever triages an appeal awaiting it: one
		// that may be returned may be routed (an anonymous one is decided on the page
		// itself, INT-4).
		return new AppealPage(status != AppealStatus.RECEIVED && staff, status.awaitsTriage() && options.canReturn(),
				status == AppealStatus.RECEIVED, appeal.statusNote() != null && status.isFinal(),
				appeal.applicant().type() == ApplicantType.STUDENT, appeal.applicant().type() == ApplicantType.STAFF,
				appeal.dueOn().isPresent() && staff, options.canReturn(), options.canDecideAnonymous(),
				options.canMarkRepeated() && hasCandidates,
				new AppealPage.AnswerLinks(answerShown, complaintFiled, applicant), staff);
	}

}

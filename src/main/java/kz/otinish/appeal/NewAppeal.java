package kz.otinish.appeal;

import java.util.List;
import java.util.UUID;

import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * Everything an appeal arrives with, from any channel. Built by the channel (portal form,
 * API, registrar's desk, mailbox, blog) and handed to {@link AppealManagement}.
 */
public record NewAppeal(AppealKind kind, Channel channel, Applicant applicant, boolean anonymous, boolean confidential,
		@Nullable Representative representative, List<CoApplicant> coApplicants, @Nullable String schoolCode,
		Addressee addressee, Category category, String subject, String text, Language language,
		@Nullable UUID applicantUserId, @Nullable String receivedBy, @Nullable UUID earlierAppealId,
		@Nullable String contestedDecision, @Nullable LateComplaint lateComplaint) {

	/**
	 * INT-7: the most co-applicants one appeal names (its receipt must still be issued).
	 */
	public static final int MAX_CO_APPLICANTS = 50;

	public NewAppeal {
		if (coApplicants.size() > MAX_CO_APPLICANTS) {
			throw new kz.otinish.shared.InvalidValue("coApplicants", "error.tooMany", MAX_CO_APPLICANTS);
		}
		coApplicants = List.copyOf(coApplicants);
		subject = subject.strip();
	}

	/** An appeal that is not a late DL-4 complaint. */
	public NewAppeal(AppealKind kind, Channel channel, Applicant applicant, boolean anonymous, boolean confidential,
			@Nullable Representative representative, List<CoApplicant> coApplicants, @Nullable String schoolCode,
			Addressee addressee, Category category, String subject, String text, Language language,
			@Nullable UUID applicantUserId, @Nullable String receivedBy, @Nullable UUID earlierAppealId,
			@Nullable String contestedDecision) {
		this(kind, channel, applicant, anonymous, confidential, representative, coApplicants, schoolCode, addressee,
				category, subject, text, language, applicantUserId, receivedBy, earlierAppealId, contestedDecision,
				null);
	}

}

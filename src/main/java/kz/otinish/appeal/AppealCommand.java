package kz.otinish.appeal;

import java.time.LocalDate;
import java.util.UUID;

import kz.otinish.identity.CurrentUser;

import org.jspecify.annotations.Nullable;

/**
 * Every change an appeal accepts, as data. {@link AppealManagement#perform} is the one
 * door: it checks the actor against the {@link AppealAccessPolicy} and hands the command
 * to the {@link Appeal}, whose status table ({@link AppealAction}) decides whether it is
 * allowed now.
 */
public sealed interface AppealCommand {

	/** INT-1, TERM-7: entered in the journal of its school or the records office. */
	record Register() implements AppealCommand {
	}

	/** REV-1: the dean takes the appeal up. */
	record StartTriage() implements AppealCommand {
	}

	/** DL-3: returned without consideration, with the dean's explanation. */
	record ReturnWithoutConsideration(String explanation) implements AppealCommand {
	}

	/** INT-4: an anonymous appeal is not considered. */
	record DeclareNotConsidered(String reason) implements AppealCommand {
	}

	/** INT-4: an anonymous report of a crime or a threat goes to a state body. */
	record ForwardToStateBody(StateBodyForwarding forwarding) implements AppealCommand {
	}

	/** REV-11: a repeated appeal without new arguments; the reference names the file. */
	record Terminate(String reference) implements AppealCommand {
	}

	/** REV-1: to a collegial body, with the executor who prepares the draft answer. */
	record Route(String body, String executorAccount, String executorName) implements AppealCommand {
	}

	/**
	 * REV-1, corrected: another body and/or another executor for an appeal in
	 * consideration (only another executor once decided: the draft is still to write),
	 * with the reason.
	 */
	record Reassign(String body, String executorAccount, String executorName, String reason) implements AppealCommand {
	}

	/** REV-8..REV-10: the protocol decision. */
	record Decide(AppealDecision decision) implements AppealCommand {
	}

	/**
	 * RES-1..RES-3: the answer reached the applicant on a day ({@code null}: the day it
	 * is recorded), described for the record.
	 */
	record Deliver(String how, @Nullable LocalDate on) implements AppealCommand {

		public Deliver(String how) {
			this(how, null);
		}

	}

	/**
	 * Done; {@code applicantAgreed} when the applicant closed it by agreeing with the
	 * answer (DL-4, counted by STAT-1).
	 */
	record Close(boolean applicantAgreed) implements AppealCommand {

		public Close() {
			this(false);
		}

	}

	/** DL-2: the review period runs to a later working day, never past the cap. */
	record ExtendReview(LocalDate until, String reason) implements AppealCommand {
	}

	/** INT-2a: the appeal belongs to this applicant's account. */
	record LinkApplicant(CurrentUser applicant) implements AppealCommand {
	}

	/**
	 * TERM-5: the registrar identified the author of an anonymous appeal: a name and a
	 * reply address (e-mail or postal).
	 */
	record IdentifyApplicant(String fullName, String replyAddress) implements AppealCommand {
	}

	/** TERM-6: repeats an earlier appeal of the same person on this ground. */
	record MarkRepeated(UUID earlierId, RepeatGround ground) implements AppealCommand {
	}

	/**
	 * Conflict of interest, DL-4: triaged by this official (code) instead of the school's
	 * dean; {@code null} gives it back to the dean.
	 */
	record TriageBy(@Nullable String officialCode) implements AppealCommand {
	}

	/**
	 * Conflict of interest: a person the appeal is about, with the id and username of
	 * their account in the directory where they have one; when {@code triageOfficial} is
	 * given (the subject is the dean), triage goes to that official.
	 */
	record RecordSubject(String fullName, @Nullable UUID accountId, @Nullable String account,
			@Nullable String triageOfficial) implements AppealCommand {
	}

}

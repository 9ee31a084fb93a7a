package kz.otinish.answer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import kz.otinish.appeal.Actor;
import kz.otinish.appeal.Addressee;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealAccessPolicy;
import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.Registration;
import kz.otinish.calendar.Deadlines;
import kz.otinish.identity.CurrentUser;
import kz.otinish.organization.OfficialView;
import kz.otinish.organization.Organization;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answer module's façade: the draft answer and its versions, the dean's approval or
 * return for rework, the delivery by applicant type (RES-1..RES-3), closing after
 * delivery, and the applicant's verdict with the complaint to the higher official (DL-4).
 * Every step checks who may take it through {@link AppealAccessPolicy} (out of scope is
 * 404) and is audited.
 */
@Service
public class AnswerManagement {

	private final AppealManagement appeals;

	private final AppealAccessPolicy policy;

	private final AnswerDrafts drafts;

	private final Deliveries deliveries;

	private final Verdicts verdicts;

	private final Organization organization;

	private final Deadlines deadlines;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ComplaintFiling complaints;

	AnswerManagement(AppealManagement appeals, AppealAccessPolicy policy, AnswerDrafts drafts, Deliveries deliveries,
			Verdicts verdicts, Organization organization, Deadlines deadlines, MessageSource messages,
			ApplicationEventPublisher events, Clock clock, ComplaintFiling complaints) {
		this.appeals = appeals;
		this.complaints = complaints;
		this.policy = policy;
		this.drafts = drafts;
		this.deliveries = deliveries;
		this.verdicts = verdicts;
		this.organization = organization;
		this.deadlines = deadlines;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	// --- reading

	/** Every version of the draft answer, oldest first. */
	@Transactional(readOnly = true)
	public List<AnswerDraft> drafts(UUID appealId) {
		return this.drafts.findByAppealIdOrderByRevisionAsc(appealId);
	}

	/** The newest version of the draft answer, if any. */
	@Transactional(readOnly = true)
	public Optional<AnswerDraft> latestDraft(UUID appealId) {
		return this.drafts.findFirstByAppealIdOrderByRevisionDesc(appealId);
	}

	/** The approved answer, the only one that may be delivered. */
	@Transactional(readOnly = true)
	public Optional<AnswerDraft> approvedAnswer(UUID appealId) {
		return this.drafts.findFirstByAppealIdAndState(appealId, DraftState.APPROVED);
	}

	@Transactional(readOnly = true)
	public Optional<Delivery> delivery(UUID appealId) {
		return this.deliveries.findById(appealId);
	}

	/** The applicant's verdicts and complaints on this appeal, oldest first. */
	@Transactional(readOnly = true)
	public List<Verdict> verdicts(UUID appealId) {
		return this.verdicts.findByAppealIdOrderBySaidAtAsc(appealId);
	}

	/** When this appeal is a DL-4 complaint opened here: the verdict that opened it. */
	@Transactional(readOnly = true)
	public Optional<Verdict> complaintOrigin(UUID complaintAppealId) {
		return this.verdicts.findFirstByComplaintAppealId(complaintAppealId);
	}

	/**
	 * The answer text for public tracking, only where the answer was delivered
	 * electronically (RES-3 corporate e-mail).
	 */
	@Transactional(readOnly = true)
	public Optional<String> deliveredElectronically(UUID appealId) {
		return this.deliveries.findById(appealId)
			.filter(delivery -> delivery.emailTo() != null)
			.flatMap(delivery -> approvedAnswer(appealId))
			.map(AnswerDraft::text);
	}

	/**
	 * DL-4: the official a complaint against this appeal goes to: the one above the
	 * official who triaged it (its dean, or the official named instead of the dean), the
	 * rector at the top.
	 */
	@Transactional(readOnly = true)
	public Optional<OfficialView> higherOfficial(Appeal appeal) {
		Optional<OfficialView> considered = appeal.triageOfficial()
			.flatMap(this.organization::official)
			.or(() -> appeal.schoolCode() == null || appeal.addressee() == Addressee.RECTOR ? this.organization.rector()
					: this.organization.dean(appeal.schoolCode()));
		return considered.flatMap(this.organization::higherOfficial).or(() -> considered).or(this.organization::rector);
	}

	/** DL-4: the complaint window if the answer were delivered on this day. */
	public LocalDate complaintWindowEnd(LocalDate learnedOn) {
		return this.deadlines.complaintWindow(learnedOn).dueOn();
	}

	/**
	 * A sensible start for the draft, in the appeal's language: the decision, room for
	 * the reasons, and the right to complain — to whom and within which window (DL-4).
	 */
	@Transactional(readOnly = true)
	public String template(Appeal appeal) {
		java.util.Locale locale = appeal.language().locale();
		String name = Optional.ofNullable(appeal.applicant().fullName())
			.orElse(this.messages.getMessage("answer.template.applicant", null, locale));
		String number = appeal.registration().map(Registration::number).orElse("—");
		String received = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
			.format(appeal.receivedAt().atZone(this.clock.getZone()));
		String decision = appeal.status() == AppealStatus.DECIDED ? decisionText(appeal, locale) : "…";
		String official = higherOfficial(appeal)
			.map(found -> this.messages.getMessage("organization.position." + found.position(), null, locale) + " "
					+ found.fullName())
			.orElse("—");
		LocalDate today = LocalDate.now(this.clock);
		long months = java.time.temporal.ChronoUnit.MONTHS.between(today, complaintWindowEnd(today));
		return this.messages.getMessage("answer.template.text",
				new Object[] { name, received, number, appeal.subject(), decision, official, String.valueOf(months) },
				locale);
	}

	/**
	 * The decision as the applicant reads it, in the given language: the outcome's label
	 * and the protocol with its date; the label alone for decisions converted without a
	 * protocol.
	 */
	private String decisionText(Appeal appeal, java.util.Locale locale) {
		return appeal.decision()
			.map(decision -> this.messages.getMessage("answer.template.decision",
					new Object[] { this.messages.getMessage(decision.outcome().labelKey(), null, locale),
							decision.protocolNumber(),
							java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
								.format(decision.protocolDate()) },
					locale))
			.or(() -> appeal.outcome().map(outcome -> this.messages.getMessage(outcome.labelKey(), null, locale)))
			.orElse("…");
	}

	/** What this person may do with the answer of this appeal now. */
	@Transactional(readOnly = true)
	public AnswerOptions options(Appeal appeal, CurrentUser user) {
		Optional<AnswerDraft> latest = latestDraft(appeal.id());
		boolean decided = appeal.status() == AppealStatus.DECIDED;
		boolean approved = latest.map(draft -> draft.state() == DraftState.APPROVED).orElse(false);
		boolean submitted = latest.map(draft -> draft.state() == DraftState.SUBMITTED).orElse(false);
		boolean applicant = isApplicant(user, appeal);
		boolean complained = verdicts(appeal.id()).stream().anyMatch(verdict -> verdict.kind() != VerdictKind.AGREE);
		boolean said = !verdicts(appeal.id()).isEmpty();
		// one main action per state: whoever approves a draft that awaits them is offered
		// approval or return, not "send to the dean" as well
		boolean reviews = decided && submitted && this.policy.canTriage(user, appeal);
		return new AnswerOptions(decided && !approved && !reviews && canWrite(user, appeal), reviews,
				decided && approved && this.policy.canDeliver(user, appeal),
				appeal.status() == AppealStatus.ANSWERED && this.policy.canDeliver(user, appeal),
				applicant && appeal.status() == AppealStatus.ANSWERED && !said,
				applicant && (appeal.status() == AppealStatus.ANSWERED || appeal.status() == AppealStatus.CLOSED)
						&& delivery(appeal.id()).isPresent() && !complained,
				applicant && inactive(appeal) && !complained, RecipientKind.of(appeal));
	}

	/**
	 * The answer actions offered on the pages; the service checks each again.
	 */
	public record AnswerOptions(boolean canWriteDraft, boolean canReview, boolean canDeliver, boolean canClose,
			boolean canAgree, boolean canComplain, boolean canComplainOfInaction, RecipientKind recipient) {
	}

	// --- the draft answer

	/** The executor (or the dean) writes the next version of the draft answer. */
	@Transactional
	public AnswerDraft submitDraft(UUID appealId, String text, CurrentUser user) {
		Appeal appeal = this.appeals.get(appealId, user);
		if (!canWrite(user, appeal)) {
			throw new NotFound("error.notFound.appeal");
		}
		requireStatus(appeal, AppealStatus.DECIDED);
		Optional<AnswerDraft> latest = latestDraft(appealId);
		if (latest.map(draft -> draft.state() == DraftState.APPROVED).orElse(false)) {
			throw new Refused("answer.refused.alreadyApproved");
		}
		if (text.isBlank()) {
			throw new Refused("answer.refused.emptyDraft");
		}
		int revision = latest.map(AnswerDraft::revision).orElse(0) + 1;
		Instant now = this.clock.instant();
		AnswerDraft draft = this.drafts.save(new AnswerDraft(appealId, revision, text, user.fullName(), now));
		this.events
			.publishEvent(new AnswerChanged(appealId, "ANSWER_DRAFTED", appeal.status().name(), now, "#" + revision));
		Optional<OfficialView> approver = approver(appeal);
		this.events.publishEvent(new DraftSubmitted(appealId, number(appeal), appeal.subject(), revision,
				approver.map(OfficialView::account).orElse(null), approver.map(OfficialView::email).orElse(null), now));
		return draft;
	}

	/**
	 * Who approves the draft: the official the appeal's triage went to (conflict of
	 * interest, DL-4 complaint), or the school's dean.
	 */
	private Optional<OfficialView> approver(Appeal appeal) {
		return appeal.triageOfficial()
			.flatMap(this.organization::official)
			.or(() -> appeal.schoolCode() == null ? this.organization.rector()
					: this.organization.dean(appeal.schoolCode()));
	}

	/** The dean approves the newest version: it is the answer that will be delivered. */
	@Transactional
	public AnswerDraft approve(UUID appealId, CurrentUser dean) {
		Appeal appeal = triagedBy(appealId, dean);
		requireStatus(appeal, AppealStatus.DECIDED);
		AnswerDraft draft = latestDraft(appealId).orElseThrow(() -> new Refused("answer.refused.noDraft"));
		Instant now = this.clock.instant();
		draft.approve(dean.fullName(), now);
		this.drafts.save(draft);
		this.events.publishEvent(new AnswerApproved(appealId, draft.revision(), appeal.status().name(), now));
		return draft;
	}

	/** The dean returns the newest version to the executor for rework, with a reason. */
	@Transactional
	public AnswerDraft returnForRework(UUID appealId, String reason, CurrentUser dean) {
		Appeal appeal = triagedBy(appealId, dean);
		requireStatus(appeal, AppealStatus.DECIDED);
		if (reason.isBlank()) {
			throw new Refused("answer.refused.reasonRequired");
		}
		AnswerDraft draft = latestDraft(appealId).orElseThrow(() -> new Refused("answer.refused.noDraft"));
		Instant now = this.clock.instant();
		draft.returnForRework(reason, dean.fullName(), now);
		this.drafts.save(draft);
		this.events.publishEvent(new DraftReturned(appealId, number(appeal), appeal.executorAccount().orElse(null),
				draft.revision(), draft.returnReason(), appeal.status().name(), now));
		return draft;
	}

	// --- delivery

	/**
	 * RES-1..RES-3: records how the approved answer reached the applicant; only the
	 * methods the applicant's type allows are accepted. The appeal becomes ANSWERED; for
	 * staff the answer also goes to the corporate e-mail.
	 */
	@Transactional
	public Delivery recordDelivery(UUID appealId, DeliveryRecord record, CurrentUser user) {
		Appeal appeal = this.appeals.get(appealId, user);
		if (!this.policy.canDeliver(user, appeal)) {
			throw new NotFound("error.notFound.appeal");
		}
		requireStatus(appeal, AppealStatus.DECIDED);
		if (approvedAnswer(appealId).isEmpty()) {
			throw new Refused("answer.refused.notApproved");
		}
		RecipientKind recipient = RecipientKind.of(appeal);
		String email = DeliveryRules.check(appeal, recipient, record, LocalDate.now(this.clock));
		String decision = decisionText(appeal, appeal.language().locale());
		LocalDate complaintUntil = complaintWindowEnd(record.deliveredOn());
		Instant now = this.clock.instant();
		Delivery delivery = this.deliveries
			.save(new Delivery(appealId, record, email, decision, complaintUntil, user.fullName(), now));
		this.appeals.perform(appealId,
				new AppealCommand.Deliver(DeliveryRules.describe(recipient, record, email), record.deliveredOn()),
				Actor.person(user));
		this.events.publishEvent(new AnswerDelivered(appealId, number(appeal), record.method(), record.deliveredOn(),
				complaintUntil, email, appeal.applicantUserId(), appeal.applicant().email(), appeal.language(), now));
		return delivery;
	}

	/** RES-3: the answer went out to the corporate e-mail at this moment. */
	@Transactional
	void emailSent(UUID appealId, Instant at) {
		this.deliveries.findById(appealId).ifPresent(delivery -> {
			delivery.emailSent(at);
			this.deliveries.save(delivery);
			// the address stays in the delivery record, out of the audit trail
			this.events
				.publishEvent(new AnswerChanged(appealId, "ANSWER_EMAILED", AppealStatus.ANSWERED.name(), at, null));
		});
	}

	/**
	 * The dean or the records/dean's office closes the appeal; refused until the delivery
	 * is recorded.
	 */
	@Transactional
	public Appeal close(UUID appealId, CurrentUser user) {
		Appeal appeal = this.appeals.get(appealId, user);
		if (!this.policy.canDeliver(user, appeal)) {
			throw new NotFound("error.notFound.appeal");
		}
		if (delivery(appealId).isEmpty() || appeal.status() != AppealStatus.ANSWERED) {
			throw new Refused("answer.refused.closeBeforeDelivery", appeal.status().name());
		}
		return this.appeals.perform(appealId, new AppealCommand.Close(), Actor.person(user));
	}

	// --- the applicant's verdict and complaints (DL-4)

	/** The applicant agrees with the answer: recorded, and the appeal closes. */
	@Transactional
	public Verdict agree(UUID appealId, CurrentUser applicant) {
		Appeal appeal = ownAppeal(appealId, applicant);
		requireStatus(appeal, AppealStatus.ANSWERED);
		if (!verdicts(appealId).isEmpty()) {
			throw new Refused("answer.refused.alreadySaid");
		}
		Instant now = this.clock.instant();
		Verdict verdict = this.verdicts.save(Verdict.agreed(appealId, now));
		this.events.publishEvent(new AnswerChanged(appealId, "VERDICT_AGREE", appeal.status().name(), now, null));
		this.appeals.perform(appealId, new AppealCommand.Close(true), Actor.person(applicant));
		return verdict;
	}

	/**
	 * The applicant disagrees: a complaint against the decision, registered as an appeal
	 * of its own linked to this one and sent to the higher official. The 3-month window
	 * runs from the delivery date; a late complaint is accepted and flagged, with the
	 * reason for lateness (required when late).
	 */
	@Transactional
	public Verdict disagree(UUID appealId, String text, @Nullable String lateReason, CurrentUser applicant) {
		Appeal appeal = ownAppeal(appealId, applicant);
		if (appeal.status() != AppealStatus.ANSWERED && appeal.status() != AppealStatus.CLOSED) {
			throw new Refused("answer.refused.notDelivered", appeal.status().name());
		}
		Delivery delivery = delivery(appealId)
			.orElseThrow(() -> new Refused("answer.refused.notDelivered", appeal.status().name()));
		Verdict verdict = complain(appeal, VerdictKind.DISAGREE, text, lateReason, delivery.complaintUntil(),
				number(appeal) + ": " + Optional.ofNullable(delivery.decision()).orElse(""));
		if (appeal.status() == AppealStatus.ANSWERED) {
			this.appeals.perform(appealId, new AppealCommand.Close(), Actor.person(applicant));
		}
		return verdict;
	}

	/**
	 * DL-4: a complaint against inaction: no answer delivered by the due date. The window
	 * runs from the day after the due date.
	 */
	@Transactional
	public Verdict complainOfInaction(UUID appealId, String text, @Nullable String lateReason, CurrentUser applicant) {
		Appeal appeal = ownAppeal(appealId, applicant);
		if (!inactive(appeal)) {
			throw new Refused("answer.refused.notOverdue");
		}
		LocalDate learnedOn = appeal.dueOn().orElseThrow().plusDays(1);
		return complain(appeal, VerdictKind.INACTION, text, lateReason, complaintWindowEnd(learnedOn),
				number(appeal) + ": " + AppealStatus.class.getSimpleName() + " " + appeal.status().name());
	}

	/** Is the appeal past its due date without an answer delivered? */
	public boolean inactive(Appeal appeal) {
		return appeal.isOpen() && appeal.dueOn().map(due -> LocalDate.now(this.clock).isAfter(due)).orElse(false);
	}

	private Verdict complain(Appeal appeal, VerdictKind kind, String text, @Nullable String lateReason,
			LocalDate windowEnds, String contested) {
		if (text.isBlank()) {
			throw new Refused("answer.refused.complaintText");
		}
		if (verdicts(appeal.id()).stream().anyMatch(verdict -> verdict.kind() != VerdictKind.AGREE)) {
			throw new Refused("answer.refused.alreadyComplained");
		}
		return this.complaints.file(appeal, kind, text, lateReason, windowEnds, contested, higherOfficial(appeal));
	}

	// --- who may

	private boolean canWrite(CurrentUser user, Appeal appeal) {
		return appeal.executorAccount().map(user.username()::equals).orElse(false)
				|| this.policy.canTriage(user, appeal);
	}

	private boolean isApplicant(CurrentUser user, Appeal appeal) {
		return user.role().isApplicant() && user.id().equals(appeal.applicantUserId());
	}

	private Appeal triagedBy(UUID appealId, CurrentUser dean) {
		Appeal appeal = this.appeals.get(appealId, dean);
		if (!this.policy.canTriage(dean, appeal)) {
			throw new NotFound("error.notFound.appeal");
		}
		return appeal;
	}

	private Appeal ownAppeal(UUID appealId, CurrentUser applicant) {
		Appeal appeal = this.appeals.get(appealId, applicant);
		if (!isApplicant(applicant, appeal)) {
			throw new NotFound("error.notFound.appeal");
		}
		return appeal;
	}

	private static void requireStatus(Appeal appeal, AppealStatus status) {
		if (appeal.status() != status) {
			throw new Refused("answer.refused.status", appeal.status().name());
		}
	}

	private static @Nullable String number(Appeal appeal) {
		return appeal.registration().map(Registration::number).orElse(null);
	}

}

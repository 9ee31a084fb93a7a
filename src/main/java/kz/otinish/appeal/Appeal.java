package kz.otinish.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.otinish.calendar.Deadline;
import kz.otinish.calendar.DeadlineKind;
import kz.otinish.registration.RegistrationNumber;
import kz.otinish.shared.Refused;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * The case file of one appeal (TERM-1): who, to whom, about what, by which channel, its
 * registration and deadlines. The aggregate owns its lifecycle: every status change goes
 * through {@link AppealAction}'s table and registers an {@link AppealEvent} that the
 * audit trail records in the same transaction.
 */
@Entity
@Table(name = "appeal")
public class Appeal extends AppealParticulars implements Persistable<UUID> {

	@Id
	private UUID id;

	@Version
	private int version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AppealStatus status;

	@Column(name = "applicant_user_id")
	private @Nullable UUID applicantUserId;

	@Embedded
	@AttributeOverride(name = "formatted", column = @Column(name = "registration_number"))
	private @Nullable Registration registration;

	// a page of appeals loads the deadlines of all of them in one query, not one per
	// appeal
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "appeal_deadline", joinColumns = @JoinColumn(name = "appeal_id"))
	@BatchSize(size = 100)
	private List<AppealDeadline> deadlines = new ArrayList<>();

	/**
	 * The due date of the REVIEW deadline, kept with every change of the deadlines so
	 * that the triage queue and the overdue list are ordered and paged by the database.
	 */
	@Column(name = "review_due_on")
	private @Nullable LocalDate reviewDueOn;

	@Column(name = "earlier_appeal_id")
	private @Nullable UUID earlierAppealId;

	@Enumerated(EnumType.STRING)
	@Column(name = "repeat_ground")
	private @Nullable RepeatGround repeatGround;

	@Embedded
	private @Nullable StateBodyForwarding forwarding;

	@Column(name = "tracking_code", nullable = false, unique = true)
	private String trackingCode;

	@Column(name = "status_changed_at", nullable = false)
	private Instant statusChangedAt;

	@Column(name = "status_note")
	private @Nullable String statusNote;

	/** REV-1: the body and the executor, once routed. */
	@Embedded
	private @Nullable Routing routing;

	/**
	 * The code of the official who triages this appeal instead of the school's dean (the
	 * dean is its subject, or a DL-4 complaint to a higher official); {@code null} for
	 * the school's dean.
	 */
	@Column(name = "triage_official")
	private @Nullable String triageOfficial;

	/** REV-8..REV-10: the protocol decision, once decided. */
	@Embedded
	private @Nullable DecisionColumns decided;

	/** DL-2: the review period was extended at least once. */
	@Column(name = "review_extended", nullable = false)
	private boolean reviewExtended;

	/** RES-1..RES-3, DL-1, DL-2: when the answer reached the applicant, once answered. */
	@Embedded
	private @Nullable AnswerTiming answer;

	/** DL-4, STAT-1: the applicant closed the appeal by agreeing with the answer. */
	@Column(name = "applicant_agreed", nullable = false)
	private boolean applicantAgreed;

	protected Appeal() {
	}

	Appeal(NewAppeal appeal, String trackingCode, Instant receivedAt) {
		super(appeal, receivedAt);
		this.id = UUID.randomUUID();
		this.status = AppealStatus.RECEIVED;
		this.applicantUserId = appeal.applicantUserId();
		this.earlierAppealId = appeal.earlierAppealId();
		this.trackingCode = trackingCode;
		this.statusChangedAt = receivedAt;
		registerEvent(new AppealReceived(this.id, channel(), receivedAt));
	}

	/**
	 * INT-1, TERM-7: registration in the journal. The DL-1 clock starts on the first
	 * working day on or after receipt; the deadlines are stored with the rule that
	 * produced them.
	 */
	void register(RegistrationNumber number, String registrar, Instant at, List<Deadline> computed) {
		move(AppealAction.REGISTER, at, null);
		this.registration = new Registration(number.formatted(), number.journalCode(), at, registrar);
		this.deadlines = new ArrayList<>(computed.stream().map(AppealDeadline::new).toList());
		this.reviewDueOn = dueOn().orElse(null);
		registerEvent(new AppealRegistered(this.id, number.formatted(), channel(), at));
	}

	void startTriage(Instant at) {
		move(AppealAction.START_TRIAGE, at, null);
		registerEvent(new AppealTriageStarted(this.id, at));
	}

	/** DL-3: returned with the dean's explanation, which the return letter quotes. */
	void returnWithoutConsideration(String explanation, Instant at) {
		AppealStatus from = move(AppealAction.RETURN_WITHOUT_CONSIDERATION, at, explanation);
		registerEvent(new AppealReturned(this.id, from, explanation, at));
	}

	/** INT-4: an anonymous appeal is not considered; a named one cannot be. */
	void declareNotConsidered(String reason, Instant at) {
		requireAnonymous();
		enterTriageIfRegistered(at);
		move(AppealAction.DECLARE_NOT_CONSIDERED, at, reason);
		registerEvent(new AppealNotConsidered(this.id, reason, at));
	}

	/** INT-4: forwarded at once to a state body, with the letter's particulars. */
	void forwardToStateBody(StateBodyForwarding forwarding, Instant at) {
		requireAnonymous();
		// the letter cannot leave before the appeal arrived, nor later than now
		if (forwarding.sentAt().isBefore(receivedAt().truncatedTo(java.time.temporal.ChronoUnit.MINUTES))) {
			throw new kz.otinish.shared.InvalidValue("sentAt", "appeal.forward.sentAt.beforeReceipt");
		}
		if (forwarding.sentAt().isAfter(at)) {
			throw new kz.otinish.shared.InvalidValue("sentAt", "appeal.forward.sentAt.future");
		}
		enterTriageIfRegistered(at);
		move(AppealAction.FORWARD_TO_STATE_BODY, at, forwarding.stateBody() + ", " + forwarding.outgoingNumber());
		this.forwarding = forwarding;
		registerEvent(new AppealForwarded(this.id, registration().map(Registration::number).orElse(null), schoolCode(),
				forwarding.stateBody(), forwarding.outgoingNumber(), at));
	}

	private void requireAnonymous() {
		if (!anonymous()) {
			throw new Refused("appeal.refused.notAnonymous");
		}
	}

	/**
	 * TERM-6: this application repeats an earlier one of the same person, on the given
	 * ground.
	 */
	void markRepeated(Appeal earlier, RepeatGround ground, Instant at) {
		if (earlier.id.equals(this.id)) {
			throw new Refused("appeal.repeated.self");
		}
		this.earlierAppealId = earlier.id;
		this.repeatGround = ground;
		registerEvent(new AppealMarkedRepeated(this.id, this.status, earlier.id,
				earlier.registration().map(Registration::number).orElse(earlier.subject()), ground, at));
	}

	/**
	 * Moves a registered appeal to the dean's triage first, where a triage decision needs
	 * it.
	 */
	private void enterTriageIfRegistered(Instant at) {
		if (this.status == AppealStatus.REGISTERED) {
			startTriage(at);
		}
	}

	/** REV-11: a repeated appeal without new arguments. */
	void terminate(String reference, Instant at) {
		enterTriageIfRegistered(at);
		move(AppealAction.TERMINATE, at, reference);
		registerEvent(new AppealTerminated(this.id, reference, at));
	}

	/**
	 * REV-1: to a collegial body, with the executor who prepares the draft answer. INT-4:
	 * an anonymous appeal is never routed.
	 */
	void route(String body, String executorAccount, String executorName, Instant at) {
		if (anonymous()) {
			throw new Refused("review.route.anonymous");
		}
		enterTriageIfRegistered(at);
		move(AppealAction.SEND_TO_REVIEW, at, null);
		this.routing = new Routing(body, executorAccount, executorName);
		registerEvent(new AppealRouted(this.id, body, executorAccount, executorName, at));
	}

	/**
	 * REV-1, corrected: while in consideration the dean may send the appeal to another
	 * body and/or another executor; once decided only the executor may change (the draft
	 * answer is still to be written). A reason is required and the status does not
	 * change.
	 */
	void reassign(String body, String executorAccount, String executorName, String reason, Instant at) {
		boolean inReview = this.status == AppealStatus.IN_REVIEW;
		String previousBody = routedBody().orElse("");
		boolean decidedSameBody = this.status == AppealStatus.DECIDED && body.equals(previousBody);
		if (!inReview && !decidedSameBody) {
			throw new Refused(
					this.status == AppealStatus.DECIDED ? "appeal.reassign.decided" : "appeal.refused.transition",
					this.status.name(), "REASSIGN");
		}
		if (reason.isBlank()) {
			throw new Refused("appeal.reassign.reason");
		}
		if (this.routing != null && this.routing.sameAs(body, executorAccount)) {
			throw new Refused("appeal.reassign.same");
		}
		String previousExecutor = executorAccount().orElse("");
		this.routing = new Routing(body, executorAccount, executorName);
		registerEvent(new AppealReassigned(this.id, this.status, previousBody, body, previousExecutor, executorAccount,
				executorName, reason.strip(), at));
	}

	/** REV-8..REV-10: the protocol decision, kept as data. */
	void decide(AppealDecision decision, Instant at) {
		move(AppealAction.DECIDE, at, null);
		this.decided = new DecisionColumns(decision);
		registerEvent(new AppealDecided(this.id, decision.outcome(), decision.body(), decision.protocolNumber(),
				decision.protocolDate(), decision.meetingId(), at));
	}

	/**
	 * RES-1..RES-3: the answer reached the applicant on {@code on}, {@code workingDays}
	 * after receipt; in time when not after the review period's last day (DL-1, DL-2).
	 */
	void deliver(String how, LocalDate on, int workingDays, Instant at) {
		move(AppealAction.DELIVER, at, how);
		this.answer = new AnswerTiming(on, workingDays, this.reviewDueOn);
		registerEvent(new AppealDelivered(this.id, how, at));
	}

	void close(boolean applicantAgreed, Instant at) {
		move(AppealAction.CLOSE, at, null);
		this.applicantAgreed = applicantAgreed;
		registerEvent(new AppealClosed(this.id, at));
	}

	/** RES-1..RES-3: the day the answer reached the applicant, once answered. */
	public Optional<LocalDate> answeredOn() {
		return Optional.ofNullable(this.answer).map(AnswerTiming::answeredOn);
	}

	/**
	 * Conflict of interest, DL-4: the triage of this appeal goes to another official (by
	 * code), or back to the school's dean ({@code null}).
	 */
	void triageBy(@Nullable String officialCode, Instant at) {
		this.triageOfficial = officialCode;
		registerEvent(new TriageReassigned(this.id, this.status, officialCode, at));
	}

	/** Conflict of interest: a person this appeal is about was recorded. */
	void subjectRecorded(String fullName, @Nullable String triageOfficial, Instant at) {
		if (triageOfficial != null) {
			this.triageOfficial = triageOfficial;
		}
		registerEvent(new SubjectRecorded(this.id, this.status, fullName, triageOfficial, at));
	}

	/**
	 * DL-2, owned here: the review period of an open appeal is extended to a later day,
	 * never past the extension cap (30 working days from receipt). The REVIEW deadline is
	 * replaced; the clock module keeps the history of extensions from the
	 * {@link ReviewPeriodExtended} event.
	 */
	void extendReview(LocalDate until, String reason, Actor actor, Instant at) {
		if (!isOpen()) {
			throw new Refused("appeal.extension.notOpen", this.status.name());
		}
		LocalDate previous = dueOn().orElseThrow(() -> new Refused("appeal.extension.notOpen", this.status.name()));
		this.deadlines = ReviewPeriod.extended(this.deadlines, until);
		this.reviewDueOn = dueOn().orElse(null);
		this.reviewExtended = true;
		registerEvent(new ReviewPeriodExtended(this.id, this.status, previous, until, reason, actor.account(),
				actor.name(), at));
	}

	/** DL-2: the review period was extended at least once. */
	public boolean reviewExtended() {
		return this.reviewExtended;
	}

	/** Registered and not yet answered: the review clock runs (DL-1, DL-2). */
	public boolean isOpen() {
		return AppealStatus.OPEN.contains(this.status);
	}

	/**
	 * INT-2a: the registrar links the appeal to the account of a known applicant (or
	 * re-links it to another one), so that the applicant sees it; the status does not
	 * change, the step is audited.
	 */
	void linkApplicant(UUID account, String accountName, Instant at) {
		if (account.equals(this.applicantUserId)) {
			throw new Refused("appeal.link.same");
		}
		this.applicantUserId = account;
		if (anonymous()) {
			// TERM-5: the author is now a person Otinish knows
			named(applicant().identifiedAs(applicant().fullName() == null || applicant().fullName().isBlank()
					? accountName : applicant().fullName(), null));
		}
		registerEvent(new ApplicantLinked(this.id, this.status, account, accountName, at));
	}

	/**
	 * TERM-5, INT-4: the registrar identified the author of an anonymous appeal (a
	 * letter, a blog post) with a name and a reply address; it becomes a named appeal,
	 * before it is routed. Audited; the name and address stay in the appeal, out of the
	 * trail.
	 */
	void identifyApplicant(String fullName, String replyAddress, Instant at) {
		if (!anonymous()) {
			throw new Refused("appeal.identify.notAnonymous");
		}
		if (this.status.isFinal() || !(this.status == AppealStatus.RECEIVED || this.status.awaitsTriage())) {
			throw new Refused("appeal.refused.transition", this.status.name(), "IDENTIFY_APPLICANT");
		}
		if (fullName.isBlank() || replyAddress.isBlank()) {
			throw new Refused("appeal.identify.missing");
		}
		named(applicant().identifiedAs(fullName, replyAddress));
		registerEvent(new ApplicantIdentified(this.id, this.status, at));
	}

	/**
	 * Retention: a closed appeal (in a final status) past the retention period loses its
	 * personal data (once); status, school, category, outcome and dates stay.
	 */
	void anonymise(Instant at) {
		if (!this.status.isFinal()) {
			throw new Refused("appeal.refused.transition", this.status.name(), "ANONYMISE");
		}
		if (anonymisedAt().isPresent()) {
			return;
		}
		wipePersonalData(at);
		this.statusNote = null;
		registerEvent(new AppealAnonymised(this.id, this.status, at));
	}

	/**
	 * The one place a status changes, through the table; the note is kept only where a
	 * person wrote it for people to read (DL-3, INT-4 reasons). Returns the status left.
	 */
	private AppealStatus move(AppealAction action, Instant at, @Nullable String note) {
		if (!action.allowedFrom(this.status)) {
			throw new Refused("appeal.refused.transition", this.status.name(), action.name());
		}
		AppealStatus before = this.status;
		this.status = action.to();
		this.statusChangedAt = at;
		this.statusNote = note;
		return before;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	public UUID id() {
		return this.id;
	}

	public AppealStatus status() {
		return this.status;
	}

	public @Nullable UUID applicantUserId() {
		return this.applicantUserId;
	}

	public Optional<Registration> registration() {
		return Optional.ofNullable(this.registration);
	}

	public List<AppealDeadline> deadlines() {
		return List.copyOf(this.deadlines);
	}

	public Optional<AppealDeadline> deadline(DeadlineKind kind) {
		return this.deadlines.stream().filter(deadline -> deadline.kind() == kind).findFirst();
	}

	/** The day the answer is due (DL-1), once registered. */
	public Optional<LocalDate> dueOn() {
		return deadline(DeadlineKind.REVIEW).map(AppealDeadline::dueOn);
	}

	public Optional<RepeatGround> repeatGround() {
		return Optional.ofNullable(this.repeatGround);
	}

	public Optional<StateBodyForwarding> forwarding() {
		return Optional.ofNullable(this.forwarding);
	}

	public @Nullable UUID earlierAppealId() {
		return this.earlierAppealId;
	}

	public String trackingCode() {
		return this.trackingCode;
	}

	public Instant statusChangedAt() {
		return this.statusChangedAt;
	}

	/**
	 * What a person wrote for people to read with the last status change (the DL-3
	 * explanation, the INT-4 reason); never data.
	 */
	public @Nullable String statusNote() {
		return this.statusNote;
	}

	/** The protocol decision, once decided (empty for outcomes converted without one). */
	public Optional<AppealDecision> decision() {
		return Optional.ofNullable(this.decided).flatMap(DecisionColumns::decision);
	}

	/** The outcome of the protocol decision, once decided (REV-8, REV-9). */
	public Optional<Outcome> outcome() {
		return Optional.ofNullable(this.decided).map(DecisionColumns::outcome);
	}

	public Optional<String> executorAccount() {
		return Optional.ofNullable(this.routing).map(Routing::executorAccount);
	}

	public Optional<String> executorName() {
		return Optional.ofNullable(this.routing).map(Routing::executorName);
	}

	/** REV-1: the code of the body the appeal was routed to, once routed. */
	public Optional<String> routedBody() {
		return Optional.ofNullable(this.routing).map(Routing::body);
	}

	/**
	 * The official who triages this appeal when it is not the school's dean (conflict of
	 * interest, DL-4 complaint).
	 */
	public Optional<String> triageOfficial() {
		return Optional.ofNullable(this.triageOfficial);
	}

}

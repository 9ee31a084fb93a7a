package kz.otinish.appeal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kz.otinish.calendar.Deadline;
import kz.otinish.calendar.Deadlines;
import kz.otinish.calendar.WorkingDayCalendar;
import kz.otinish.identity.CurrentUser;
import kz.otinish.registration.Journals;
import kz.otinish.registration.RegistrationNumber;
import kz.otinish.registration.RegistrationRequest;
import kz.otinish.shared.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appeal module's façade: receiving appeals from every channel, registering them in
 * the journal (INT-1, TERM-7) with their deadlines (DL-1..DL-3), and reading them within
 * the caller's scope.
 */
@Service
public class AppealManagement {

	/** The name under which the portal registers its own appeals in the journal. */
	public static final String PORTAL_REGISTRAR = "Otinish";

	private final Appeals appeals;

	private final Journals journals;

	private final Deadlines deadlines;

	private final AppealAccessPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Attachments attachments;

	private final AttachmentPolicy attachmentPolicy;

	private final AppealSubjects subjects;

	private final EarlierAppeals earlier;

	private final WorkingDayCalendar calendar;

	AppealManagement(Appeals appeals, Journals journals, Deadlines deadlines, AppealAccessPolicy policy,
			ApplicationEventPublisher events, Clock clock, Attachments attachments, AttachmentPolicy attachmentPolicy,
			AppealSubjects subjects, EarlierAppeals earlier, WorkingDayCalendar calendar) {
		this.appeals = appeals;
		this.earlier = earlier;
		this.calendar = calendar;
		this.subjects = subjects;
		this.attachments = attachments;
		this.attachmentPolicy = attachmentPolicy;
		this.journals = journals;
		this.deadlines = deadlines;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * An appeal reached us now; it waits for registration (INT-5: nothing refuses it).
	 */
	@Transactional
	public Appeal receive(NewAppeal appeal) {
		return receive(appeal, this.clock.instant());
	}

	/**
	 * An appeal reached us at the given moment (paper received earlier, demo history).
	 */
	@Transactional
	public Appeal receive(NewAppeal appeal, Instant receivedAt) {
		return receive(appeal, receivedAt, List.of());
	}

	/**
	 * An appeal and its files reached us at the given moment. The files are checked
	 * first; the appeal and its files are stored together or not at all.
	 */
	@Transactional
	public Appeal receive(NewAppeal appeal, Instant receivedAt, List<IncomingFile> files) {
		List<CheckedFile> checked = this.attachmentPolicy.check(files);
		Appeal saved = this.appeals.save(new Appeal(appeal, TrackingCodes.next(), receivedAt));
		store(saved, checked, receivedAt);
		return saved;
	}

	/**
	 * For channels where nobody can be asked to fix a file (e-mail, scans): the appeal is
	 * always received, with every file the policy accepts; the files it refuses are
	 * returned, each with the reason's message key, so the channel can keep them
	 * elsewhere and say so (INT-5).
	 */
	@Transactional
	public Received receiveKeepingWhatFits(NewAppeal appeal, Instant receivedAt, List<IncomingFile> files) {
		List<CheckedFile> accepted = new java.util.ArrayList<>();
		List<RefusedFile> refused = new java.util.ArrayList<>();
		for (IncomingFile file : files) {
			if (accepted.size() >= this.attachmentPolicy.maxFiles()) {
				refused
					.add(new RefusedFile(AttachmentPolicy.safeName(file.originalName()), "appeal.attachment.tooMany"));
				continue;
			}
			try {
				accepted.add(this.attachmentPolicy.check(file));
			}
			catch (kz.otinish.shared.Refused ex) {
				refused.add(new RefusedFile(AttachmentPolicy.safeName(file.originalName()), ex.messageKey()));
			}
		}
		Appeal saved = this.appeals.save(new Appeal(appeal, TrackingCodes.next(), receivedAt));
		store(saved, accepted, receivedAt);
		return new Received(saved, refused);
	}

	/**
	 * What {@link #receiveKeepingWhatFits} received, and the files it could not attach.
	 */
	public record Received(Appeal appeal, List<RefusedFile> refusedFiles) {
	}

	/**
	 * A file the attachment policy refused: its safe name and the reason's message key.
	 */
	public record RefusedFile(String fileName, String reasonKey) {
	}

	/**
	 * INT-6: a written application handed in at the desk on presentation of an identity
	 * document, with its scans, received at the time the registrar records and registered
	 * at once by them. The desk has no way to refuse (INT-5).
	 */
	@Transactional
	public Appeal receiveOnPaper(NewAppeal appeal, IdentityDocument document, Instant receivedAt,
			List<IncomingFile> scans, CurrentUser registrar, boolean consentOnPaper) {
		// handed in person: not later than now, and not so long ago that its receipt and
		// deadlines would mean nothing (a year back at most)
		Instant now = this.clock.instant();
		Instant earliest = now.atZone(this.clock.getZone()).minusYears(1).toInstant();
		if (receivedAt.isAfter(now) || receivedAt.isBefore(earliest)) {
			java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
				.withZone(this.clock.getZone());
			throw new kz.otinish.shared.InvalidValue("receivedAt", "appeal.paper.receivedAt.outOfRange",
					day.format(earliest), day.format(now));
		}
		List<CheckedFile> checked = this.attachmentPolicy.check(scans);
		Appeal received = new Appeal(appeal, TrackingCodes.next(), receivedAt);
		received.identifiedBy(document);
		received.processedOn(consentOnPaper ? ConsentBasis.CONSENT_ON_PAPER : ConsentBasis.LAW_ON_APPEALS, null);
		if (!this.policy.canRegister(registrar, received)) {
			throw new kz.otinish.shared.Refused("appeal.paper.otherSchool");
		}
		registerNow(received, registrar.fullName(), now);
		Appeal saved = this.appeals.save(received);
		store(saved, checked, now);
		return saved;
	}

	/**
	 * An appeal filed on the portal is received and registered at once, in one
	 * transaction.
	 */
	@Transactional
	public Appeal fileOnline(NewAppeal appeal, List<IncomingFile> files) {
		return fileOnline(appeal, files, null);
	}

	/**
	 * As {@link #fileOnline(NewAppeal, List)}, with the version of the consent text the
	 * applicant accepted ({@code null}: the Law on appeals is the basis, e.g. a DL-4
	 * complaint).
	 */
	@Transactional
	public Appeal fileOnline(NewAppeal appeal, List<IncomingFile> files, @Nullable Integer consentVersion) {
		List<CheckedFile> checked = this.attachmentPolicy.check(files);
		Instant now = this.clock.instant();
		Appeal received = new Appeal(appeal, TrackingCodes.next(), now);
		if (consentVersion != null) {
			received.processedOn(ConsentBasis.APPLICANT_CONSENT, consentVersion);
		}
		// Registered before it is persisted: Hibernate inserts the state an entity had
		// when it was persisted, so registering a persisted appeal cost an UPDATE after
		// its INSERT. Nothing is written before the commit's flush either way (the
		// counter's increment is the only statement that holds a lock until then), and
		// persisting a new appeal is no SELECT first (Persistable.isNew).
		registerNew(received, PORTAL_REGISTRAR, now);
		Appeal saved = this.appeals.save(received);
		store(saved, checked, now);
		return saved;
	}

	private void store(Appeal appeal, List<CheckedFile> files, Instant at) {
		files.forEach(file -> this.attachments.save(new Attachment(appeal.id(), file, at)));
	}

	/** The files of an appeal this person may see (metadata; content loads on access). */
	@Transactional(readOnly = true)
	public List<Attachment> attachments(Appeal appeal) {
		return this.attachments.findByAppealId(appeal.id());
	}

	/** One file, for download, if this person may see its appeal. */
	@Transactional(readOnly = true)
	public Attachment attachment(UUID appealId, UUID attachmentId, CurrentUser user) {
		Appeal appeal = this.appeals.findById(appealId)
			.filter(found -> this.policy.canSee(user, found))
			.orElseThrow(NotFound::appeal);
		Attachment attachment = this.attachments.findById(attachmentId)
			.filter(found -> found.appealId().equals(appeal.id()))
			.orElseThrow(() -> new NotFound("appeal.attachment.notFound"));
		attachment.content(); // load the lazy content inside the transaction
		return attachment;
	}

	/**
	 * INT-1: a registrar enters a received appeal in the journal of its school or the
	 * records office.
	 */
	@Transactional
	public Appeal register(UUID id, CurrentUser registrar) {
		return perform(id, new AppealCommand.Register(), Actor.person(registrar));
	}

	/**
	 * As {@link #registerNow(Appeal, String, Instant)} for an appeal created in this
	 * transaction: the deadlines are computed before the journal's counter is locked, and
	 * the journal is found and entered in one go.
	 */
	private void registerNew(Appeal appeal, String registrar, Instant at) {
		Instant receivedAt = appeal.receivedAt();
		List<Deadline> deadlines = List.of(this.deadlines.review(receivedAt),
				this.deadlines.returnWithoutConsideration(receivedAt), this.deadlines.extensionCap(receivedAt));
		RegistrationNumber number = this.journals
			.registerNew(appeal.addressee() == Addressee.RECTOR ? null : appeal.schoolCode(), new RegistrationRequest(
					appeal.id(), appeal.receivedAt(), appeal.channel().name(), registrar, appeal.subject()), at);
		appeal.register(number, registrar, at, deadlines);
	}

	private void registerNow(Appeal appeal, String registrar, Instant at) {
		String journal = this.journals.journalFor(appeal.addressee() == Addressee.RECTOR ? null : appeal.schoolCode());
		Instant receivedAt = appeal.receivedAt();
		// the deadlines first: the journal's counter stays locked from its increment to
		// commit
		List<Deadline> deadlines = List.of(this.deadlines.review(receivedAt),
				this.deadlines.returnWithoutConsideration(receivedAt), this.deadlines.extensionCap(receivedAt));
		RegistrationNumber number = this.journals.register(journal, new RegistrationRequest(appeal.id(),
				appeal.receivedAt(), appeal.channel().name(), registrar, appeal.subject()), at);
		appeal.register(number, registrar, at, deadlines);
	}

	/**
	 * The appeal, if this person may see it; 404 otherwise. A view of a confidential one
	 * is audited.
	 */
	@Transactional
	public Appeal get(UUID id, CurrentUser user) {
		Appeal appeal = this.appeals.findById(id)
			.filter(found -> this.policy.canSee(user, found))
			.orElseThrow(NotFound::appeal);
		if (appeal.confidential()) {
			this.events.publishEvent(new AppealViewed(appeal.id(), appeal.status(), this.clock.instant()));
		}
		return appeal;
	}

	/**
	 * The appeal, for modules acting on the system's own behalf (listeners sending
	 * acknowledgements, scheduled jobs). Pages and the API must use
	 * {@link #get(UUID, CurrentUser)}.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Appeal> find(UUID id) {
		return this.appeals.findById(id);
	}

	/**
	 * The appeal with this tracking code, for the public status page (no scope: the code
	 * is the key).
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Appeal> byTrackingCode(String trackingCode) {
		return this.appeals.findByTrackingCode(trackingCode);
	}

	/**
	 * DL-3: the dean returns an application that does not state its substance, with an
	 * explanation.
	 */
	@Transactional
	public Appeal returnWithoutConsideration(UUID id, String explanation, CurrentUser dean) {
		return perform(id, new AppealCommand.ReturnWithoutConsideration(explanation), Actor.person(dean));
	}

	/**
	 * INT-4: an anonymous appeal is not subject to consideration; closed with the reason.
	 */
	@Transactional
	public Appeal declareNotConsidered(UUID id, String reason, CurrentUser dean) {
		return perform(id, new AppealCommand.DeclareNotConsidered(reason), Actor.person(dean));
	}

	/** INT-4: an anonymous report of a crime or a threat goes at once to a state body. */
	@Transactional
	public Appeal forwardToStateBody(UUID id, StateBodyForwarding forwarding, CurrentUser dean) {
		return perform(id, new AppealCommand.ForwardToStateBody(forwarding), Actor.person(dean));
	}

	/** TERM-6: marks the appeal as repeating an earlier one of the same applicant. */
	@Transactional
	public Appeal markRepeated(UUID id, UUID earlierId, RepeatGround ground, CurrentUser user) {
		return perform(id, new AppealCommand.MarkRepeated(earlierId, ground), Actor.person(user));
	}

	/** The decisions this person may take on the appeal now, for the appeal page. */
	public TriageOptions triageOptions(Appeal appeal, CurrentUser user) {
		boolean dean = this.policy.canTriage(user, appeal);
		boolean open = appeal.status().awaitsTriage();
		return new TriageOptions(dean && open && !appeal.anonymous(), dean && open && appeal.anonymous(),
				open && (dean || this.policy.canRegister(user, appeal) || user.is(kz.otinish.identity.Role.REGISTRAR)));
	}

	/**
	 * What the appeal page offers: DL-3 return, INT-4 anonymous outcomes, TERM-6 marking.
	 */
	public record TriageOptions(boolean canReturn, boolean canDecideAnonymous, boolean canMarkRepeated) {
	}

	/**
	 * The one door through which an appeal changes: the actor is checked by the
	 * {@link AppealAccessPolicy} for this command (404 when out of scope, so that the
	 * appeal's existence does not leak), the appeal's status table decides whether the
	 * command is allowed now, and the resulting {@link AppealEvent}s are published with
	 * the save (audited in the same transaction).
	 */
	@Transactional
	public Appeal perform(UUID appealId, AppealCommand command, Actor actor) {
		return apply(appealId, command, actor, this.clock.instant());
	}

	/**
	 * The same door at a past moment, for history the system loads itself (demo data,
	 * imports); only a system actor may date a change.
	 */
	@Transactional
	public Appeal performAt(UUID appealId, AppealCommand command, Actor.SystemActor actor, Instant at) {
		return apply(appealId, command, actor, at);
	}

	private Appeal apply(UUID id, AppealCommand command, Actor actor, Instant at) {
		Appeal appeal = this.appeals.findById(id)
			.filter(found -> this.policy.allows(actor, command, found))
			.orElseThrow(NotFound::appeal);
		if (command instanceof AppealCommand.Register) {
			registerNow(appeal, actor.name(), at);
		}
		else if (command instanceof AppealCommand.StartTriage) {
			appeal.startTriage(at);
		}
		else if (command instanceof AppealCommand.ReturnWithoutConsideration c) {
			appeal.returnWithoutConsideration(c.explanation(), at);
		}
		else if (command instanceof AppealCommand.DeclareNotConsidered c) {
			appeal.declareNotConsidered(c.reason(), at);
		}
		else if (command instanceof AppealCommand.ForwardToStateBody c) {
			appeal.forwardToStateBody(c.forwarding(), at);
		}
		else if (command instanceof AppealCommand.Terminate c) {
			appeal.terminate(c.reference(), at);
		}
		else if (command instanceof AppealCommand.Route c) {
			appeal.route(c.body(), c.executorAccount(), c.executorName(), at);
		}
		else if (command instanceof AppealCommand.Reassign c) {
			appeal.reassign(c.body(), c.executorAccount(), c.executorName(), c.reason(), at);
		}
		else if (command instanceof AppealCommand.Decide c) {
			appeal.decide(c.decision(), at);
		}
		else if (command instanceof AppealCommand.Deliver c) {
			java.time.LocalDate on = c.on() != null ? c.on() : java.time.LocalDate.ofInstant(at, this.clock.getZone());
			appeal.deliver(c.how(), on, this.calendar
				.workingDaysBetween(java.time.LocalDate.ofInstant(appeal.receivedAt(), this.clock.getZone()), on), at);
		}
		else if (command instanceof AppealCommand.Close c) {
			appeal.close(c.applicantAgreed(), at);
		}
		else if (command instanceof AppealCommand.ExtendReview c) {
			extendReview(appeal, c, actor, at);
		}
		else if (command instanceof AppealCommand.LinkApplicant c) {
			if (!c.applicant().role().isApplicant()) {
				throw new kz.otinish.shared.Refused("appeal.link.notApplicant", c.applicant().fullName());
			}
			appeal.linkApplicant(c.applicant().id(), c.applicant().fullName(), at);
		}
		else if (command instanceof AppealCommand.IdentifyApplicant c) {
			appeal.identifyApplicant(c.fullName(), c.replyAddress(), at);
		}
		else if (command instanceof AppealCommand.MarkRepeated c) {
			appeal.markRepeated(this.appeals.findById(c.earlierId()).orElseThrow(NotFound::appeal), c.ground(), at);
		}
		else if (command instanceof AppealCommand.TriageBy c) {
			appeal.triageBy(c.officialCode(), at);
		}
		else if (command instanceof AppealCommand.RecordSubject c) {
			this.subjects.save(new AppealSubject(id, c.fullName().strip(), c.accountId(), c.account(), at));
			appeal.subjectRecorded(c.fullName(), c.triageOfficial(), at);
		}
		return this.appeals.save(appeal);
	}

	// DL-2: the rule is the aggregate's; the days it may name are the calendar's.
	private void extendReview(Appeal appeal, AppealCommand.ExtendReview command, Actor actor, Instant at) {
		java.time.LocalDate until = command.until();
		if (until.isBefore(java.time.LocalDate.ofInstant(at, this.clock.getZone()))
				|| !this.calendar.isWorkingDay(until)) {
			throw new kz.otinish.shared.Refused("appeal.extension.notWorkingDay",
					java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(until));
		}
		appeal.extendReview(until, command.reason().strip(), actor, at);
	}

	/** May this person extend the review period of this appeal (DL-2)? */
	public boolean canExtend(Appeal appeal, CurrentUser user) {
		return this.policy.canExtend(user, appeal) && appeal.isOpen() && appeal.dueOn().isPresent();
	}

	/**
	 * Conflict of interest: records a person the appeal is about. When
	 * {@code triageOfficial} is given (the subject is the school's dean), triage goes to
	 * that official. Allowed to whoever may triage or register the appeal.
	 */
	@Transactional
	public AppealSubject recordSubject(UUID id, String fullName, @Nullable CurrentUser account,
			@Nullable String triageOfficial, CurrentUser user) {
		perform(id, new AppealCommand.RecordSubject(fullName, account == null ? null : account.id(),
				account == null ? null : account.username(), triageOfficial), Actor.person(user));
		List<AppealSubject> recorded = this.subjects.findByAppealIdOrderByRecordedAt(id);
		return recorded.get(recorded.size() - 1);
	}

	/** Conflict of interest: the persons recorded as the appeal's subjects. */
	@Transactional(readOnly = true)
	public List<AppealSubject> subjects(UUID id) {
		return this.subjects.findByAppealIdOrderByRecordedAt(id);
	}

	/**
	 * A file for another module's records (REV-7 responses), checked by the same policy
	 * as the appeal's own files; refused with a localized reason otherwise.
	 */
	public CheckedFile checkFile(IncomingFile file) {
		return this.attachmentPolicy.check(file);
	}

	/**
	 * TERM-5: the registrar identifies the author of an anonymous appeal (a letter, a
	 * blog post) with a name and a reply address; it becomes a named appeal that can be
	 * routed. Audited ({@code IDENTIFY_APPLICANT}).
	 */
	@Transactional
	public Appeal identifyApplicant(UUID id, String fullName, String replyAddress, CurrentUser registrar) {
		return perform(id, new AppealCommand.IdentifyApplicant(fullName, replyAddress), Actor.person(registrar));
	}

	/**
	 * INT-2a: links a received or registered appeal to a known applicant's account (or
	 * re-links it to another one), by a registrar who may register it. Audited
	 * ({@code LINK_APPLICANT}).
	 */
	@Transactional
	public Appeal linkApplicant(UUID id, CurrentUser applicant, CurrentUser registrar) {
		return perform(id, new AppealCommand.LinkApplicant(applicant), Actor.person(registrar));
	}

}

package kz.otinish.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.ApplicantType;
import kz.otinish.identity.CurrentUser;
import kz.otinish.review.ConflictOfInterest;
import kz.otinish.shared.Language;
import kz.otinish.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The documents module's façade. Issued documents (receipt, DL-3 and INT-4 letters made
 * from the appeal; DL-2 notices, answers, protocols and REV-6 orders made from data other
 * modules supply) are rendered once, stored with their SHA-256 and a JSON snapshot of
 * their data, and served from storage afterwards; they are issued again only while the
 * appeal is open and their data has changed. Forms (Appendix 1/2, filled or blank, and
 * the journal print) are rendered on demand. Every method that takes a
 * {@link CurrentUser} checks the caller's scope: out of scope is a 404; methods taking
 * {@code issuedBy} are for other modules that checked it already.
 */
@Service
public class Documents {

	/** Who issues documents the system issues by itself (on registration, return, …). */
	public static final String SYSTEM = "Otinish";

	private final AppealManagement appeals;

	private final ConflictOfInterest conflicts;

	private final DocumentStore store;

	private final PdfRenderer renderer;

	private final DocumentKeeper keeper;

	private final FormPrints forms;

	private final TransactionTemplate transaction;

	private final TransactionTemplate newTransaction;

	Documents(AppealManagement appeals, DocumentStore store, DocumentKeeper keeper, FormPrints forms,
			PdfRenderer renderer, PlatformTransactionManager transactions, ConflictOfInterest conflicts) {
		this.appeals = appeals;
		this.conflicts = conflicts;
		this.store = store;
		this.keeper = keeper;
		this.forms = forms;
		this.renderer = renderer;
		this.transaction = new TransactionTemplate(transactions);
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The kinds of document this appeal has grounds for now (a receipt once registered,
	 * etc.).
	 */
	public List<DocumentKind> available(Appeal appeal) {
		List<DocumentKind> kinds = new ArrayList<>();
		if (appeal.registration().isPresent()) {
			kinds.add(DocumentKind.RECEIPT);
		}
		if (appeal.status() == AppealStatus.RETURNED_WITHOUT_CONSIDERATION) {
			kinds.add(DocumentKind.RETURN_LETTER);
		}
		if (appeal.forwarding().isPresent()) {
			kinds.add(DocumentKind.STATE_BODY_LETTER);
		}
		this.store.of(appeal.id())
			.stream()
			.map(IssuedDocument::kind)
			.filter(DocumentKind::supplied)
			.distinct()
			.sorted()
			.forEach(kinds::add);
		return kinds;
	}

	/** The documents issued for an appeal the caller may see. */
	// not read-only: reading a confidential appeal records the view in the audit trail
	@Transactional
	public List<IssuedDocument> list(UUID appealId, CurrentUser user) {
		return issuedFor(this.appeals.get(appealId, user), user);
	}

	/**
	 * The documents issued for an appeal already checked by the caller (the appeal page).
	 */
	@Transactional(readOnly = true)
	public List<IssuedDocument> issuedFor(Appeal appeal) {
		return this.store.of(appeal.id());
	}

	/**
	 * Issues the document for the caller, or returns the stored one when the appeal is
	 * closed or its data has not changed since.
	 */
	public IssuedDocument issue(UUID appealId, DocumentKind kind, CurrentUser user) {
		return once(this.transaction, () -> issueFor(appealId, kind, user));
	}

	private IssuedDocument issueFor(UUID appealId, DocumentKind kind, CurrentUser user) {
		Appeal appeal = this.appeals.get(appealId, user);
		if (!visible(appeal, kind, user)) {
			throw new NotFound("documents.notAvailable");
		}
		return issue(appeal, kind, user.fullName());
	}

	/**
	 * The same, on the system's behalf (a listener, the demo data), for an appeal already
	 * found.
	 */
	@Transactional
	public IssuedDocument issue(Appeal appeal, DocumentKind kind, String issuedBy) {
		if (kind.supplied()) {
			// made from data another module supplies: only what was issued exists
			return this.store.latest(appeal.id(), kind).orElseThrow(() -> new NotFound("documents.notAvailable"));
		}
		if (!available(appeal).contains(kind)) {
			throw new NotFound("documents.notAvailable");
		}
		Map<String, Object> snapshot = this.keeper.snapshot(appeal, kind);
		return this.keeper.keep(appeal, kind, appeal.language(), snapshot, () -> {
			Map<String, Object> variables = new LinkedHashMap<>();
			variables.put("d", snapshot);
			if (kind == DocumentKind.RECEIPT) {
				variables.put("qr", QrCodes.dataUri(String.valueOf(snapshot.get("trackingUrl")), 160));
			}
			return this.renderer.render(kind.template(), appeal.language().locale(), variables);
		}, issuedBy);
	}

	/**
	 * The stored bytes of the latest issue of a document, issuing it first if it never
	 * was. A document issued at the same moment by a listener is served, not issued
	 * twice.
	 */
	public Pdf download(UUID appealId, DocumentKind kind, CurrentUser user) {
		return once(this.transaction, () -> {
			IssuedDocument issued = issueFor(appealId, kind, user);
			return new Pdf(issued.fileName(), this.store.content(issued.id()), issued.sha256());
		});
	}

	/**
	 * TERM-7, DL-3, INT-4: issues a document made from the appeal on the system's behalf,
	 * when the appeal is registered, returned or forwarded (see
	 * {@code IssueOnAppealChanged}); nothing when the appeal has no grounds for it (e.g.
	 * forwarded without the letter's particulars). Idempotent.
	 */
	public Optional<IssuedDocument> issueOnEvent(UUID appealId, DocumentKind kind) {
		return once(this.newTransaction,
				() -> this.appeals.find(appealId)
					.filter(appeal -> available(appeal).contains(kind))
					.map(appeal -> issue(appeal, kind, (kind == DocumentKind.RECEIPT)
							? appeal.registration().map(registration -> registration.registeredBy()).orElse(SYSTEM)
							: SYSTEM)));
	}

	/**
	 * DL-2: issues the notice of an extended consideration period (the clock module calls
	 * it when a deadline is extended). Same data again returns the stored notice; changed
	 * data issues a new version while the appeal is open and is refused once it is final.
	 */
	@Transactional
	public IssuedDocument issue(UUID appealId, ExtensionNotice notice, String issuedBy) {
		return issueSupplied(appeal(appealId), DocumentKind.EXTENSION_NOTICE, notice.language(), notice, issuedBy);
	}

	/**
	 * Law 221 art. 10, DL-4: issues the answer (the answer module calls it once the dean
	 * approved the draft, before it is delivered). Same rules as for the notice.
	 */
	@Transactional
	public IssuedDocument issue(UUID appealId, AnswerLetter answer, String issuedBy) {
		return issueSupplied(appeal(appealId), DocumentKind.ANSWER, answer.language(), answer, issuedBy);
	}

	/**
	 * REV-6: issues the dean's order forming an extended commission (the review module
	 * calls it when the commission is formed).
	 */
	@Transactional
	public IssuedDocument issue(UUID appealId, CommissionOrder order, String issuedBy) {
		return issueSupplied(appeal(appealId), DocumentKind.COMMISSION_ORDER, order.language(), order, issuedBy);
	}

	/**
	 * A body's protocol: rendered once and stored under every appeal on its agenda (the
	 * same bytes and SHA-256 under each), one {@link IssuedDocument} per agenda item, in
	 * agenda order. All or nothing: refused when any of those appeals is final and the
	 * protocol would change for it.
	 */
	@Transactional
	public List<IssuedDocument> issue(MeetingProtocol protocol, String issuedBy) {
		Map<String, Object> snapshot = this.keeper.suppliedSnapshot(DocumentKind.PROTOCOL, protocol.language(),
				protocol, null);
		byte[][] rendered = new byte[1][];
		List<IssuedDocument> issued = new ArrayList<>();
		for (MeetingProtocol.AgendaItem item : protocol.agenda()) {
			issued.add(this.keeper.keep(appeal(item.appealId()), DocumentKind.PROTOCOL, protocol.language(), snapshot,
					() -> {
						if (rendered[0] == null) {
							rendered[0] = this.keeper.render(DocumentKind.PROTOCOL, protocol.language(), snapshot);
						}
						return rendered[0];
					}, issuedBy, protocol.meetingId()));
		}
		return issued;
	}

	/**
	 * The same as {@link #issue(MeetingProtocol, String)} for a protocol the process
	 * issues again while its meeting goes on: an appeal on its agenda that is already
	 * final keeps the protocol it has (its documents cannot change), the others get the
	 * new version.
	 */
	@Transactional
	List<IssuedDocument> issueWhereOpen(MeetingProtocol protocol, String issuedBy) {
		Map<String, Object> snapshot = this.keeper.suppliedSnapshot(DocumentKind.PROTOCOL, protocol.language(),
				protocol, null);
		String snapshotJson = this.keeper.json(snapshot);
		byte[][] rendered = new byte[1][];
		List<IssuedDocument> issued = new ArrayList<>();
		for (MeetingProtocol.AgendaItem item : protocol.agenda()) {
			Appeal appeal = appeal(item.appealId());
			Optional<IssuedDocument> latest = this.store.latest(appeal.id(), DocumentKind.PROTOCOL);
			if (appeal.status().isFinal()
					&& !(latest.isPresent() && snapshotJson.equals(this.store.snapshot(latest.get().id())))) {
				continue;
			}
			issued.add(this.keeper.keep(appeal, DocumentKind.PROTOCOL, protocol.language(), snapshot, () -> {
				if (rendered[0] == null) {
					rendered[0] = this.keeper.render(DocumentKind.PROTOCOL, protocol.language(), snapshot);
				}
				return rendered[0];
			}, issuedBy, protocol.meetingId()));
		}
		return issued;
	}

	/**
	 * The latest protocol issued for a meeting of the review module (stored under the
	 * appeals of its agenda), if any: what the meeting page links.
	 */
	@Transactional(readOnly = true)
	public Optional<IssuedDocument> protocolOfMeeting(UUID meetingId, List<UUID> agenda) {
		return this.store.protocolsOf(meetingId)
			.stream()
			.filter(document -> agenda.contains(document.appealId()))
			.findFirst();
	}

	/**
	 * Whether this person reads the appeal as its applicant, who gets the letters
	 * addressed to them (receipt, DL-3, DL-2 notice, the answer) but not the staff's
	 * papers (protocols naming other appeals, REV-6 orders).
	 */
	public boolean readsAsApplicant(Appeal appeal, CurrentUser user) {
		return user.id().equals(appeal.applicantUserId());
	}

	/**
	 * Whether a document of this kind ({@link DocumentKind#slug()}) was issued for the
	 * appeal: the pages show its download link then.
	 */
	@Transactional(readOnly = true)
	public boolean issued(UUID appealId, String slug) {
		return this.store.latest(appealId, DocumentKind.ofSlug(slug)).isPresent();
	}

	/** {@link #available(Appeal)} as this person may see it. */
	public List<DocumentKind> available(Appeal appeal, CurrentUser user) {
		return available(appeal).stream().filter(kind -> visible(appeal, kind, user)).toList();
	}

	/** {@link #issuedFor(Appeal)} as this person may see it. */
	@Transactional(readOnly = true)
	public List<IssuedDocument> issuedFor(Appeal appeal, CurrentUser user) {
		return issuedFor(appeal).stream().filter(document -> visible(appeal, document.kind(), user)).toList();
	}

	private boolean visible(Appeal appeal, DocumentKind kind, CurrentUser user) {
		// a protocol holds every item of its meeting: never for a person one of them is
		// about (conflict of interest)
		return (!readsAsApplicant(appeal, user) || kind.forApplicant())
				&& (kind != DocumentKind.PROTOCOL || this.conflicts.mayReadProtocolsOf(appeal.id(), user));
	}

	/**
	 * The stored bytes of the latest issue of a document of an appeal, for other modules
	 * (no scope check), if it was issued.
	 */
	@Transactional(readOnly = true)
	public Optional<Pdf> latestPdf(UUID appealId, DocumentKind kind) {
		return this.store.latest(appealId, kind).map(this::pdf);
	}

	/**
	 * RES-3: the issued answer's PDF, to attach to the staff member's corporate e-mail.
	 */
	@Transactional(readOnly = true)
	public Optional<Pdf> answerPdf(UUID appealId) {
		return latestPdf(appealId, DocumentKind.ANSWER);
	}

	/** The stored bytes of an issued document. */
	@Transactional(readOnly = true)
	public Pdf pdf(IssuedDocument issued) {
		return new Pdf(issued.fileName(), this.store.content(issued.id()), issued.sha256());
	}

	/** The stored bytes of one issued document of an appeal the caller may see. */
	@Transactional
	public Pdf download(UUID appealId, UUID documentId, CurrentUser user) {
		IssuedDocument issued = list(appealId, user).stream()
			.filter(document -> document.id().equals(documentId))
			.findFirst()
			.orElseThrow(() -> new NotFound("documents.notFound"));
		return new Pdf(issued.fileName(), this.store.content(issued.id()), issued.sha256());
	}

	/**
	 * INT-9: the appeal as Appendix 1 (student) or Appendix 2 (staff), filled, in the
	 * language asked.
	 */
	public Pdf appendix(UUID appealId, Language language, CurrentUser user) {
		return this.forms.appendix(appealId, language, user);
	}

	/**
	 * INT-6, INT-9: a blank Appendix 1 (student) or 2 (staff) to fill in by hand at the
	 * desk.
	 */
	public Pdf blankAppendix(ApplicantType type, Language language) {
		return this.forms.blankAppendix(type, language);
	}

	/**
	 * TERM-7, TERM-8: a journal's entries received in a period, for a reader of that
	 * journal.
	 */
	public Pdf journal(String journalCode, LocalDate from, LocalDate to, Language language, CurrentUser user) {
		return this.forms.journal(journalCode, from, to, language, user);
	}

	/** The journal of a period with the applicants' names, for a workbook (TERM-8). */
	public kz.otinish.shared.TableExport journalTable(String journalCode, LocalDate from, LocalDate to,
			java.util.Locale locale, CurrentUser user) {
		return this.forms.journalTable(journalCode, from, to, locale, user);
	}

	static String sha256(byte[] content) {
		return DocumentKeeper.sha256(content);
	}

	private IssuedDocument issueSupplied(Appeal appeal, DocumentKind kind, Language language, Record letter,
			String issuedBy) {
		Map<String, Object> snapshot = this.keeper.suppliedSnapshot(kind, language, letter, appeal);
		return this.keeper.keep(appeal, kind, language, snapshot, () -> this.keeper.render(kind, language, snapshot),
				issuedBy);
	}

	private Appeal appeal(UUID appealId) {
		return this.appeals.find(appealId).orElseThrow(() -> new NotFound("documents.notFound"));
	}

	/**
	 * Runs in a transaction, again while a concurrent issue of the same document wins the
	 * race ({@link IssueRetry}). (Within a caller's transaction a lost race fails the
	 * caller's transaction instead.)
	 */
	private <T> T once(TransactionTemplate transaction, java.util.function.Supplier<T> work) {
		if (transaction == this.transaction && TransactionSynchronizationManager.isActualTransactionActive()) {
			return work.get();
		}
		return IssueRetry.run(transaction, work);
	}

}

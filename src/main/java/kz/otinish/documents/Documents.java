package kz.otinish.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.ApplicantType;
import kz.otinish.appeal.Funding;
import kz.otinish.appeal.LevelOfStudy;
import kz.otinish.appeal.StudyForm;
import kz.otinish.appeal.StudyLanguage;
import kz.otinish.identity.CurrentUser;
import kz.otinish.registration.JournalEntryView;
import kz.otinish.registration.JournalView;
import kz.otinish.registration.Journals;
import kz.otinish.shared.Language;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
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

	/** The most journal lines one print holds. */
	static final int JOURNAL_LIMIT = 5000;

	/** Who issues documents the system issues by itself (on registration, return, …). */
	public static final String SYSTEM = "Otinish";

	private final AppealManagement appeals;

	private final Journals journals;

	private final DocumentData data;

	private final PdfRenderer renderer;

	private final DocumentStore store;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final TransactionTemplate newTransaction;

	Documents(AppealManagement appeals, Journals journals, DocumentData data, PdfRenderer renderer, DocumentStore store,
			JsonMapper json, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
		this.appeals = appeals;
		this.journals = journals;
		this.data = data;
		this.renderer = renderer;
		this.store = store;
		this.json = json;
		this.events = events;
		this.clock = clock;
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
		Map<String, Object> snapshot = snapshot(appeal, kind);
		return keep(appeal, kind, appeal.language(), snapshot, () -> {
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
		Map<String, Object> snapshot = suppliedSnapshot(DocumentKind.PROTOCOL, protocol.language(), protocol, null);
		byte[][] rendered = new byte[1][];
		List<IssuedDocument> issued = new ArrayList<>();
		for (MeetingProtocol.AgendaItem item : protocol.agenda()) {
			issued.add(keep(appeal(item.appealId()), DocumentKind.PROTOCOL, protocol.language(), snapshot, () -> {
				if (rendered[0] == null) {
					rendered[0] = render(DocumentKind.PROTOCOL, protocol.language(), snapshot);
				}
				return rendered[0];
			}, issuedBy));
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
		Map<String, Object> snapshot = suppliedSnapshot(DocumentKind.PROTOCOL, protocol.language(), protocol, null);
		String snapshotJson = this.json.writeValueAsString(snapshot);
		byte[][] rendered = new byte[1][];
		List<IssuedDocument> issued = new ArrayList<>();
		for (MeetingProtocol.AgendaItem item : protocol.agenda()) {
			Appeal appeal = appeal(item.appealId());
			Optional<IssuedDocument> latest = this.store.latest(appeal.id(), DocumentKind.PROTOCOL);
			if (appeal.status().isFinal()
					&& !(latest.isPresent() && snapshotJson.equals(this.store.snapshot(latest.get().id())))) {
				continue;
			}
			issued.add(keep(appeal, DocumentKind.PROTOCOL, protocol.language(), snapshot, () -> {
				if (rendered[0] == null) {
					rendered[0] = render(DocumentKind.PROTOCOL, protocol.language(), snapshot);
				}
				return rendered[0];
			}, issuedBy));
		}
		return issued;
	}

	/**
	 * The latest protocol issued for a meeting of the review module (stored under the
	 * appeals of its agenda), if any: what the meeting page links.
	 */
	@Transactional(readOnly = true)
	public Optional<IssuedDocument> protocolOfMeeting(UUID meetingId, List<UUID> agenda) {
		String wanted = "\"meetingId\":\"" + meetingId + "\"";
		return agenda.stream()
			.flatMap(appealId -> this.store.of(appealId).stream())
			.filter(document -> document.kind() == DocumentKind.PROTOCOL)
			.filter(document -> this.store.snapshot(document.id()).contains(wanted))
			.max(java.util.Comparator.comparing(IssuedDocument::issuedAt).thenComparing(IssuedDocument::version));
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
		return !readsAsApplicant(appeal, user) || kind.forApplicant();
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
	@Transactional
	public Pdf appendix(UUID appealId, Language language, CurrentUser user) {
		Appeal appeal = this.appeals.get(appealId, user);
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("d", this.data.of(appeal, language.locale()));
		variables.put("blank", false);
		variables.put("options", options());
		int appendix = (appeal.applicant().type() == ApplicantType.STAFF) ? 2 : 1;
		byte[] pdf = this.renderer.render("pdf/appendix-" + appendix, language.locale(), variables);
		return new Pdf(fileName("appendix-" + appendix, appeal, 0), pdf, null);
	}

	/**
	 * INT-6, INT-9: a blank Appendix 1 (student) or 2 (staff) to fill in by hand at the
	 * desk.
	 */
	public Pdf blankAppendix(ApplicantType type, Language language) {
		Map<String, Object> variables = new LinkedHashMap<>();
		Map<String, Object> blank = new LinkedHashMap<>();
		blank.put("university", this.data.university(language.locale()));
		variables.put("d", blank);
		variables.put("blank", true);
		variables.put("options", options());
		int appendix = (type == ApplicantType.STAFF) ? 2 : 1;
		byte[] pdf = this.renderer.render("pdf/appendix-" + appendix, language.locale(), variables);
		return new Pdf("appendix-" + appendix + "-" + language.name().toLowerCase(Locale.ROOT) + ".pdf", pdf, null);
	}

	/**
	 * TERM-7, TERM-8: a journal's entries received in a period, for a reader of that
	 * journal.
	 */
	@Transactional(readOnly = true)
	public Pdf journal(String journalCode, LocalDate from, LocalDate to, Language language, CurrentUser user) {
		JournalView journal = this.journals.journalsReadableBy(user)
			.stream()
			.filter(readable -> readable.code().equals(journalCode))
			.findFirst()
			.orElseThrow(() -> new NotFound("documents.journal.notFound"));
		List<Map<String, Object>> rows = new ArrayList<>();
		int page = 0;
		Page<JournalEntryView> entries;
		do {
			entries = this.journals.entries(journal.code(), from, to, page++, 500);
			for (JournalEntryView entry : entries) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("number", entry.number().formatted());
				row.put("receivedAt", this.data.time(entry.receivedAt()));
				row.put("registeredAt", this.data.time(entry.registeredAt()));
				row.put("channel", entry.channel());
				row.put("registrar", entry.registrar());
				row.put("summary", entry.summary());
				rows.add(row);
			}
		}
		while (entries.hasNext() && rows.size() < JOURNAL_LIMIT);
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("university", this.data.university(language.locale()));
		d.put("journalName", journal.name(language));
		d.put("journalCode", journal.code());
		d.put("from", this.data.day(from));
		d.put("to", this.data.day(to));
		d.put("printedAt", this.data.time(this.clock.instant()));
		d.put("printedBy", user.fullName());
		d.put("rows", rows);
		d.put("total", entries.getTotalElements());
		byte[] pdf = this.renderer.render("pdf/journal", language.locale(), Map.of("d", d));
		return new Pdf("journal-" + journal.code() + "-" + from + "-" + to + ".pdf", pdf, null);
	}

	private IssuedDocument issueSupplied(Appeal appeal, DocumentKind kind, Language language, Record letter,
			String issuedBy) {
		Map<String, Object> snapshot = suppliedSnapshot(kind, language, letter, appeal);
		return keep(appeal, kind, language, snapshot, () -> render(kind, language, snapshot), issuedBy);
	}

	private Map<String, Object> suppliedSnapshot(DocumentKind kind, Language language, Record letter,
			@org.jspecify.annotations.Nullable Appeal appeal) {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("document", kind.name());
		snapshot.put("language", language.name());
		snapshot.put("university", this.data.university(language.locale()));
		if (appeal != null) {
			snapshot.put("head", this.data.head(appeal, language.locale()));
		}
		snapshot.put("letter", SuppliedData.of(letter));
		return snapshot;
	}

	private byte[] render(DocumentKind kind, Language language, Map<String, Object> snapshot) {
		return this.renderer.render(kind.template(), language.locale(), Map.of("d", snapshot));
	}

	/**
	 * Stores a newly rendered document unless the latest issue holds the same data. On a
	 * final appeal nothing changes: a document made from the appeal is served as stored,
	 * a supplied one with new or changed data is refused.
	 */
	private IssuedDocument keep(Appeal appeal, DocumentKind kind, Language language, Map<String, Object> snapshot,
			java.util.function.Supplier<byte[]> render, String issuedBy) {
		Optional<IssuedDocument> latest = this.store.latest(appeal.id(), kind);
		String snapshotJson = this.json.writeValueAsString(snapshot);
		if (latest.isPresent() && snapshotJson.equals(this.store.snapshot(latest.get().id()))) {
			return latest.get();
		}
		if (appeal.status().isFinal()) {
			if (kind.supplied()) {
				throw new Refused("documents.refused.final",
						appeal.registration().map(registration -> registration.number()).orElse(appeal.trackingCode()));
			}
			if (latest.isPresent()) {
				return latest.get();
			}
		}
		byte[] pdf = render.get();
		int version = latest.map(IssuedDocument::version).orElse(0) + 1;
		IssuedDocument issued = new IssuedDocument(UUID.randomUUID(), appeal.id(), kind, version, language,
				fileName(kind.slug(), appeal, version), sha256(pdf), pdf.length, this.clock.instant(), issuedBy);
		this.store.insert(issued, pdf, snapshotJson);
		this.events.publishEvent(new DocumentIssued(appeal.id(), kind, version, issued.sha256(), appeal.status().name(),
				issued.issuedAt()));
		return issued;
	}

	private Appeal appeal(UUID appealId) {
		return this.appeals.find(appealId).orElseThrow(() -> new NotFound("documents.notFound"));
	}

	/**
	 * Runs in a transaction, once more if a concurrent issue of the same document won the
	 * race (the unique version): the second run finds it stored. (Within a caller's
	 * transaction a lost race fails the caller's transaction instead.)
	 */
	private <T> T once(TransactionTemplate transaction, java.util.function.Supplier<T> work) {
		if (transaction == this.transaction && TransactionSynchronizationManager.isActualTransactionActive()) {
			return work.get();
		}
		try {
			return transaction.execute(status -> work.get());
		}
		catch (DataIntegrityViolationException ex) {
			return transaction.execute(status -> work.get());
		}
	}

	private Map<String, Object> snapshot(Appeal appeal, DocumentKind kind) {
		Map<String, Object> snapshot = this.data.of(appeal, appeal.language().locale());
		// a document shows only what concerns it, so an unrelated change does not issue
		// it again
		snapshot.remove("status");
		if (kind != DocumentKind.RETURN_LETTER) {
			snapshot.remove("statusNote");
			snapshot.remove("statusChangedOn");
		}
		if (kind != DocumentKind.STATE_BODY_LETTER) {
			snapshot.remove("forwarding");
		}
		snapshot.put("document", kind.name());
		return snapshot;
	}

	private static Map<String, Object> options() {
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("levels", names(LevelOfStudy.values()));
		options.put("languages", names(StudyLanguage.values()));
		options.put("fundings", names(Funding.values()));
		options.put("forms", names(StudyForm.values()));
		return options;
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	private static String fileName(String what, Appeal appeal, int version) {
		String number = appeal.registration().map(registration -> registration.number()).orElse(appeal.trackingCode());
		String safe = number.replaceAll("[^\\p{L}\\p{N}-]", "_");
		return what + "-" + safe + ((version > 1) ? "-v" + version : "") + ".pdf";
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

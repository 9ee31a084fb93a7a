package kz.otinish.appeal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * What an {@link Appeal} says and how it reached us (TERM-1): who, to whom, about what,
 * by which channel, when. Fixed at receipt, except the identity document shown at the
 * desk (INT-6); the lifecycle is the {@link Appeal}'s.
 */
@MappedSuperclass
public abstract class AppealParticulars extends AbstractAggregateRoot<Appeal> {

	/** What stands where personal text was wiped. */
	public static final String WIPED = "—";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AppealKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Channel channel;

	@Embedded
	private Applicant applicant;

	@Column(nullable = false)
	private boolean anonymous;

	@Column(nullable = false)
	private boolean confidential;

	@Embedded
	private @Nullable Representative representative;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "appeal_co_applicant", joinColumns = @JoinColumn(name = "appeal_id"))
	@OrderColumn(name = "position")
	@org.hibernate.annotations.BatchSize(size = 100)
	private List<CoApplicant> coApplicants = new ArrayList<>();

	@Column(name = "school_code")
	private @Nullable String schoolCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Addressee addressee;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Category category;

	@Column(nullable = false)
	private String subject;

	@Column(name = "body_text", nullable = false)
	private String text;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Language language;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	@Column(name = "received_by")
	private @Nullable String receivedBy;

	@Embedded
	private @Nullable IdentityDocument identityDocument;

	@Column(name = "contested_decision")
	private @Nullable String contestedDecision;

	@Embedded
	private @Nullable LateComplaint lateComplaint;

	/** The legal basis of processing the personal data (Law No. 94-V). */
	@Enumerated(EnumType.STRING)
	@Column(name = "consent_basis", nullable = false)
	private ConsentBasis consentBasis = ConsentBasis.LAW_ON_APPEALS;

	/** The version of the consent text the applicant accepted, for applicant consent. */
	@Column(name = "consent_version")
	private @Nullable Integer consentVersion;

	/** When the retention job wiped the personal data. */
	@Column(name = "anonymised_at")
	private @Nullable Instant anonymisedAt;

	/**
	 * A new appeal is inserted as such: no SELECT before the INSERT that {@code merge}
	 * would need for an assigned id.
	 */
	@Transient
	private boolean fresh;

	protected AppealParticulars() {
	}

	AppealParticulars(NewAppeal appeal, Instant receivedAt) {
		this.kind = appeal.kind();
		this.channel = appeal.channel();
		this.applicant = appeal.applicant();
		// TERM-5: an author Otinish knows (a signed-in applicant, a letter from an
		// address
		// of exactly one account) is established, with or without a postal address
		this.anonymous = appeal.anonymous() || !appeal.applicant().isIdentifiable() && appeal.representative() == null
				&& appeal.applicantUserId() == null;
		this.confidential = appeal.confidential() || this.anonymous;
		this.representative = appeal.representative();
		this.coApplicants = new ArrayList<>(appeal.coApplicants());
		this.schoolCode = appeal.schoolCode();
		this.addressee = appeal.addressee();
		this.category = appeal.category();
		this.subject = PlainText.clean(appeal.subject());
		this.text = PlainText.clean(appeal.text());
		this.language = appeal.language();
		this.receivedAt = receivedAt;
		this.receivedBy = appeal.receivedBy();
		this.contestedDecision = appeal.contestedDecision();
		this.lateComplaint = appeal.lateComplaint();
		this.fresh = true;
	}

	/**
	 * Law No. 94-V: the basis on which the personal data are processed; applicant consent
	 * names the version of the text accepted.
	 */
	void processedOn(ConsentBasis basis, @Nullable Integer version) {
		if (basis == ConsentBasis.APPLICANT_CONSENT && version == null) {
			throw new IllegalArgumentException("applicant consent names the version of the text");
		}
		this.consentBasis = basis;
		this.consentVersion = basis == ConsentBasis.APPLICANT_CONSENT ? version : null;
	}

	public ConsentBasis consentBasis() {
		return this.consentBasis;
	}

	public Optional<Integer> consentVersion() {
		return Optional.ofNullable(this.consentVersion);
	}

	public Optional<Instant> anonymisedAt() {
		return Optional.ofNullable(this.anonymisedAt);
	}

	/** Persistable: inserted without a SELECT when new. */
	public boolean isNew() {
		return this.fresh;
	}

	@PostLoad
	@PostPersist
	void markStored() {
		this.fresh = false;
	}

	/**
	 * Retention: the personal data are wiped; the applicant's type and study particulars
	 * without a name (level, year, funding, form, language) stay for the statistics.
	 */
	void wipePersonalData(Instant at) {
		this.anonymisedAt = at;
		this.applicant = this.applicant.anonymised();
		this.representative = this.representative == null ? null : this.representative.anonymised();
		this.coApplicants = new ArrayList<>(this.coApplicants.stream().map(CoApplicant::anonymised).toList());
		this.subject = WIPED;
		this.text = WIPED;
		this.identityDocument = null;
		this.contestedDecision = null;
		this.lateComplaint = this.lateComplaint == null ? null : this.lateComplaint.wiped();
	}

	/**
	 * TERM-5: the author is established (the registrar named the sender with a reply
	 * address, or linked the appeal to a person's account): the appeal is a named one.
	 */
	void named(Applicant applicant) {
		this.applicant = applicant;
		this.anonymous = false;
	}

	/** INT-6: the document the applicant showed at the desk. */
	void identifiedBy(IdentityDocument document) {
		this.identityDocument = document;
	}

	public AppealKind kind() {
		return this.kind;
	}

	public Channel channel() {
		return this.channel;
	}

	public Applicant applicant() {
		return this.applicant;
	}

	public boolean anonymous() {
		return this.anonymous;
	}

	public boolean confidential() {
		return this.confidential;
	}

	public Optional<Representative> representative() {
		return Optional.ofNullable(this.representative);
	}

	public List<CoApplicant> coApplicants() {
		return List.copyOf(this.coApplicants);
	}

	public @Nullable String schoolCode() {
		return this.schoolCode;
	}

	public Addressee addressee() {
		return this.addressee;
	}

	public Category category() {
		return this.category;
	}

	public String subject() {
		return this.subject;
	}

	public String text() {
		return this.text;
	}

	public Language language() {
		return this.language;
	}

	public Instant receivedAt() {
		return this.receivedAt;
	}

	public @Nullable String receivedBy() {
		return this.receivedBy;
	}

	public Optional<IdentityDocument> identityDocument() {
		return Optional.ofNullable(this.identityDocument);
	}

	public @Nullable String contestedDecision() {
		return this.contestedDecision;
	}

	/** DL-4: a complaint filed after its window, with the applicant's reason. */
	public Optional<LateComplaint> lateComplaint() {
		return Optional.ofNullable(this.lateComplaint);
	}

	public boolean isGroup() {
		return !this.coApplicants.isEmpty();
	}

}

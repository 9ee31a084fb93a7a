package kz.otinish.registration;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/** A line of a journal: written once, in the registering transaction, never changed. */
@Entity
@Table(name = "journal_entry")
class JournalEntry implements Persistable<UUID> {

	static final int SUMMARY_LENGTH = 1000;

	static final int CHANNEL_LENGTH = 30;

	static final int REGISTRAR_LENGTH = 300;

	@Id
	private UUID id;

	@Column(name = "journal_code", nullable = false, updatable = false)
	private String journalCode;

	@Column(name = "registration_year", nullable = false, updatable = false)
	private int year;

	@Column(name = "sequence_number", nullable = false, updatable = false)
	private long sequence;

	@Column(name = "registration_number", nullable = false, updatable = false)
	private String registrationNumber;

	@Column(name = "appeal_id", nullable = false, updatable = false)
	private UUID appealId;

	@Column(name = "received_at", nullable = false, updatable = false)
	private Instant receivedAt;

	@Column(name = "registered_at", nullable = false, updatable = false)
	private Instant registeredAt;

	@Column(nullable = false, updatable = false)
	private String channel;

	@Column(nullable = false, updatable = false)
	private String registrar;

	@Column(nullable = false, updatable = false)
	private String summary;

	@Transient
	private boolean fresh;

	protected JournalEntry() {
	}

	JournalEntry(RegistrationNumber number, RegistrationRequest request, Instant registeredAt) {
		this.id = UUID.randomUUID();
		this.journalCode = number.journalCode();
		this.year = number.year();
		this.sequence = number.sequence();
		this.registrationNumber = number.formatted();
		this.appealId = request.appealId();
		this.receivedAt = request.receivedAt();
		this.registeredAt = registeredAt;
		this.channel = request.channel();
		this.registrar = abbreviate(request.registrar(), REGISTRAR_LENGTH);
		this.summary = abbreviate(request.summary().strip(), SUMMARY_LENGTH);
		this.fresh = true;
	}

	// the journal keeps a brief summary (TERM-7); the full text stays with the appeal
	private static String abbreviate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length - 1) + "…";
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	@PostLoad
	@PostPersist
	void markStored() {
		this.fresh = false;
	}

	JournalEntryView toView() {
		return new JournalEntryView(this.appealId,
				new RegistrationNumber(this.journalCode, this.year, this.sequence, this.registrationNumber),
				this.receivedAt, this.registeredAt, this.channel, this.registrar, this.summary);
	}

}

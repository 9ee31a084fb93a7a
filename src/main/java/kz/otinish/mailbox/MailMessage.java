package kz.otinish.mailbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One letter as it came, and the appeal made of it. */
@Entity
@Table(name = "mail_message")
class MailMessage {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String mailbox;

	@Column(name = "school_code")
	private @Nullable String schoolCode;

	@Column(name = "message_key", nullable = false, unique = true)
	private String messageKey;

	@Column(name = "message_id")
	private @Nullable String messageId;

	private @Nullable String sender;

	private @Nullable String subject;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	@Column(name = "fetched_at", nullable = false)
	private Instant fetchedAt;

	@Column(name = "size_bytes", nullable = false)
	private long size;

	@Basic(fetch = FetchType.LAZY)
	@Column(nullable = false)
	private byte[] raw;

	@Column(name = "appeal_id")
	private @Nullable UUID appealId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MailStatus status;

	private @Nullable String notes;

	@Column(name = "acknowledged_at")
	private @Nullable Instant acknowledgedAt;

	protected MailMessage() {
	}

	MailMessage(String mailbox, @Nullable String schoolCode, String messageKey, ParsedMail mail, Instant receivedAt,
			Instant fetchedAt, byte[] raw, UUID appealId, List<MailNote> notes) {
		this.id = UUID.randomUUID();
		this.mailbox = mailbox;
		this.schoolCode = schoolCode;
		this.messageKey = messageKey;
		this.messageId = cut(mail.messageId(), 1000);
		this.sender = cut(mail.senderAddress(), 320);
		this.subject = cut(mail.subject(), 1000);
		this.receivedAt = receivedAt;
		this.fetchedAt = fetchedAt;
		this.size = raw.length;
		this.raw = raw.clone();
		this.appealId = appealId;
		this.status = notes.isEmpty() ? MailStatus.RECEIVED : MailStatus.RECEIVED_WITH_NOTES;
		this.notes = notes.isEmpty() ? null : cut(MailNote.encode(notes), 4000);
	}

	private static @Nullable String cut(@Nullable String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	void acknowledged(Instant at) {
		this.acknowledgedAt = at;
	}

	UUID id() {
		return this.id;
	}

	String mailbox() {
		return this.mailbox;
	}

	@Nullable String schoolCode() {
		return this.schoolCode;
	}

	String messageKey() {
		return this.messageKey;
	}

	@Nullable String messageId() {
		return this.messageId;
	}

	@Nullable String sender() {
		return this.sender;
	}

	@Nullable String subject() {
		return this.subject;
	}

	Instant receivedAt() {
		return this.receivedAt;
	}

	Instant fetchedAt() {
		return this.fetchedAt;
	}

	long size() {
		return this.size;
	}

	byte[] raw() {
		return this.raw.clone();
	}

	@Nullable UUID appealId() {
		return this.appealId;
	}

	MailStatus status() {
		return this.status;
	}

	List<MailNote> notes() {
		return this.notes == null ? List.of() : MailNote.decode(this.notes);
	}

	@Nullable Instant acknowledgedAt() {
		return this.acknowledgedAt;
	}

}

package kz.otinish.answer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * How and when the approved answer reached the applicant (RES-1..RES-3), and the end of
 * the DL-4 complaint window computed from that day.
 */
@Entity
@Table(name = "answer_delivery")
public class Delivery {

	@Id
	@Column(name = "appeal_id")
	private UUID appealId;

	@Version
	private int version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DeliveryMethod method;

	@Column(name = "delivered_on", nullable = false)
	private LocalDate deliveredOn;

	@Column(name = "handed_over_by")
	private @Nullable String handedOverBy;

	@Column(name = "signed_by")
	private @Nullable String signedBy;

	@Column(name = "post_address")
	private @Nullable String postAddress;

	@Column(name = "tracking_number")
	private @Nullable String trackingNumber;

	@Column(name = "phone_call_on")
	private @Nullable LocalDate phoneCallOn;

	@Column(name = "phone_call_note")
	private @Nullable String phoneCallNote;

	@Column(name = "email_to")
	private @Nullable String emailTo;

	@Column(name = "email_sent_at")
	private @Nullable Instant emailSentAt;

	private @Nullable String decision;

	@Column(name = "complaint_until", nullable = false)
	private LocalDate complaintUntil;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected Delivery() {
	}

	Delivery(UUID appealId, DeliveryRecord record, @Nullable String emailTo, @Nullable String decision,
			LocalDate complaintUntil, String recordedBy, Instant recordedAt) {
		this.appealId = appealId;
		this.method = record.method();
		this.deliveredOn = record.deliveredOn();
		this.handedOverBy = record.handedOverBy();
		this.signedBy = record.signedBy();
		this.postAddress = record.postAddress();
		this.trackingNumber = record.trackingNumber();
		this.phoneCallOn = record.phoneCallOn();
		this.phoneCallNote = record.phoneCallNote();
		this.emailTo = emailTo;
		this.decision = decision;
		this.complaintUntil = complaintUntil;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	void emailSent(Instant at) {
		this.emailSentAt = at;
	}

	public UUID appealId() {
		return this.appealId;
	}

	public DeliveryMethod method() {
		return this.method;
	}

	public LocalDate deliveredOn() {
		return this.deliveredOn;
	}

	public @Nullable String handedOverBy() {
		return this.handedOverBy;
	}

	public @Nullable String signedBy() {
		return this.signedBy;
	}

	public @Nullable String postAddress() {
		return this.postAddress;
	}

	public @Nullable String trackingNumber() {
		return this.trackingNumber;
	}

	public @Nullable LocalDate phoneCallOn() {
		return this.phoneCallOn;
	}

	public @Nullable String phoneCallNote() {
		return this.phoneCallNote;
	}

	/**
	 * RES-3: the corporate e-mail the answer goes to; {@code null} when not by e-mail.
	 */
	public @Nullable String emailTo() {
		return this.emailTo;
	}

	public @Nullable Instant emailSentAt() {
		return this.emailSentAt;
	}

	/** The decision the answer communicates (what a complaint contests). */
	public @Nullable String decision() {
		return this.decision;
	}

	/** DL-4: the last day of the complaint window, from the delivery date. */
	public LocalDate complaintUntil() {
		return this.complaintUntil;
	}

	public String recordedBy() {
		return this.recordedBy;
	}

	public Instant recordedAt() {
		return this.recordedAt;
	}

}

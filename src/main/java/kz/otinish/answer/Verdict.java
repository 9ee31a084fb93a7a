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
import org.jspecify.annotations.Nullable;

/**
 * The applicant's word on an appeal's answer (DL-4): agreed, or a complaint against the
 * decision or against inaction, with the complaint's appeal, its window, whether it came
 * late and why, and the higher official it went to.
 */
@Entity
@Table(name = "answer_verdict")
public class Verdict {

	@Id
	private UUID id;

	@Column(name = "appeal_id", nullable = false)
	private UUID appealId;

	@Enumerated(EnumType.STRING)
	@Column(name = "verdict", nullable = false)
	private VerdictKind kind;

	@Column(name = "said_at", nullable = false)
	private Instant saidAt;

	@Column(name = "complaint_appeal_id")
	private @Nullable UUID complaintAppealId;

	@Column(name = "window_ends_on")
	private @Nullable LocalDate windowEndsOn;

	@Column(nullable = false)
	private boolean late;

	@Column(name = "late_reason")
	private @Nullable String lateReason;

	@Column(name = "higher_official")
	private @Nullable String higherOfficial;

	protected Verdict() {
	}

	private Verdict(UUID appealId, VerdictKind kind, Instant saidAt) {
		this.id = UUID.randomUUID();
		this.appealId = appealId;
		this.kind = kind;
		this.saidAt = saidAt;
	}

	static Verdict agreed(UUID appealId, Instant at) {
		return new Verdict(appealId, VerdictKind.AGREE, at);
	}

	static Verdict complaint(UUID appealId, VerdictKind kind, Instant at, UUID complaintAppealId,
			LocalDate windowEndsOn, boolean late, @Nullable String lateReason, @Nullable String higherOfficial) {
		Verdict verdict = new Verdict(appealId, kind, at);
		verdict.complaintAppealId = complaintAppealId;
		verdict.windowEndsOn = windowEndsOn;
		verdict.late = late;
		verdict.lateReason = lateReason;
		verdict.higherOfficial = higherOfficial;
		return verdict;
	}

	public UUID id() {
		return this.id;
	}

	/** The appeal whose answer (or lack of one) this verdict is about. */
	public UUID appealId() {
		return this.appealId;
	}

	public VerdictKind kind() {
		return this.kind;
	}

	public Instant saidAt() {
		return this.saidAt;
	}

	/** The complaint appeal opened by this verdict, if any. */
	public @Nullable UUID complaintAppealId() {
		return this.complaintAppealId;
	}

	public @Nullable LocalDate windowEndsOn() {
		return this.windowEndsOn;
	}

	/** DL-4: filed after the window; accepted, and the reason examined on the merits. */
	public boolean late() {
		return this.late;
	}

	public @Nullable String lateReason() {
		return this.lateReason;
	}

	/** The code of the official the complaint went to. */
	public @Nullable String higherOfficial() {
		return this.higherOfficial;
	}

}

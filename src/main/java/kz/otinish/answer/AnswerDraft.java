package kz.otinish.answer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

/**
 * One version of the draft answer to an appeal. Versions are never overwritten: a return
 * for rework keeps the returned text and its reason, and the executor writes the next
 * revision.
 */
@Entity
@Table(name = "answer_draft")
public class AnswerDraft {

	@Id
	private UUID id;

	@Version
	private int version;

	@Column(name = "appeal_id", nullable = false)
	private UUID appealId;

	@Column(nullable = false)
	private int revision;

	@Column(name = "body_text", nullable = false)
	private String text;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DraftState state;

	@Column(name = "written_by", nullable = false)
	private String writtenBy;

	@Column(name = "written_at", nullable = false)
	private Instant writtenAt;

	@Column(name = "reviewed_by")
	private @Nullable String reviewedBy;

	@Column(name = "reviewed_at")
	private @Nullable Instant reviewedAt;

	@Column(name = "return_reason")
	private @Nullable String returnReason;

	protected AnswerDraft() {
	}

	AnswerDraft(UUID appealId, int revision, String text, String writtenBy, Instant writtenAt) {
		this.id = UUID.randomUUID();
		this.appealId = appealId;
		this.revision = revision;
		this.text = text.strip();
		this.state = DraftState.SUBMITTED;
		this.writtenBy = writtenBy;
		this.writtenAt = writtenAt;
	}

	void approve(String dean, Instant at) {
		requireSubmitted();
		this.state = DraftState.APPROVED;
		this.reviewedBy = dean;
		this.reviewedAt = at;
	}

	void returnForRework(String reason, String dean, Instant at) {
		requireSubmitted();
		this.state = DraftState.RETURNED;
		this.returnReason = reason.strip();
		this.reviewedBy = dean;
		this.reviewedAt = at;
	}

	private void requireSubmitted() {
		if (this.state != DraftState.SUBMITTED) {
			throw new Refused("answer.refused.draftNotSubmitted", this.state.name());
		}
	}

	public UUID id() {
		return this.id;
	}

	public UUID appealId() {
		return this.appealId;
	}

	public int revision() {
		return this.revision;
	}

	public String text() {
		return this.text;
	}

	public DraftState state() {
		return this.state;
	}

	public String writtenBy() {
		return this.writtenBy;
	}

	public Instant writtenAt() {
		return this.writtenAt;
	}

	public @Nullable String reviewedBy() {
		return this.reviewedBy;
	}

	public @Nullable Instant reviewedAt() {
		return this.reviewedAt;
	}

	public @Nullable String returnReason() {
		return this.returnReason;
	}

}

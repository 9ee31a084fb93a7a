package kz.otinish.blog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** One step of a post's own status history. */
@Embeddable
class PostStep {

	@Column(name = "occurred_at", nullable = false)
	private Instant at;

	@Column(nullable = false)
	private String action;

	@Column(name = "status_before")
	private @Nullable String statusBefore;

	@Column(name = "status_after", nullable = false)
	private String statusAfter;

	@Column(nullable = false)
	private String actor;

	private @Nullable String note;

	protected PostStep() {
	}

	PostStep(Instant at, String action, @Nullable String statusBefore, String statusAfter, String actor,
			@Nullable String note) {
		this.at = at;
		this.action = action;
		this.statusBefore = statusBefore;
		this.statusAfter = statusAfter;
		this.actor = actor;
		this.note = note;
	}

	public Instant at() {
		return this.at;
	}

	public String action() {
		return this.action;
	}

	public @Nullable String statusBefore() {
		return this.statusBefore;
	}

	public String statusAfter() {
		return this.statusAfter;
	}

	public String actor() {
		return this.actor;
	}

	public @Nullable String note() {
		return this.note;
	}

}

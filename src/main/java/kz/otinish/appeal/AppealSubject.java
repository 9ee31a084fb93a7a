package kz.otinish.appeal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * Conflict of interest: a person the appeal is about (a teacher, the dean), chosen from
 * the directory. When they have an Otinish account (kept by its id), they can neither see
 * nor handle the appeal nor anything about it.
 */
@Entity
@Table(name = "appeal_subject")
public class AppealSubject {

	@Id
	private UUID id;

	@Column(name = "appeal_id", nullable = false)
	private UUID appealId;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	@Column(name = "account")
	private @Nullable String account;

	/** The subject's account in the directory: the id that decides, not a typed name. */
	@Column(name = "account_id")
	private @Nullable UUID accountId;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected AppealSubject() {
	}

	AppealSubject(UUID appealId, String fullName, @Nullable UUID accountId, @Nullable String account,
			Instant recordedAt) {
		this.id = UUID.randomUUID();
		this.appealId = appealId;
		this.fullName = fullName;
		this.accountId = accountId;
		this.account = account == null || account.isBlank() ? null : account.strip();
		this.recordedAt = recordedAt;
	}

	public UUID id() {
		return this.id;
	}

	public UUID appealId() {
		return this.appealId;
	}

	public String fullName() {
		return this.fullName;
	}

	public @Nullable String account() {
		return this.account;
	}

	public @Nullable UUID accountId() {
		return this.accountId;
	}

	public Instant recordedAt() {
		return this.recordedAt;
	}

}

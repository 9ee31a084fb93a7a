package kz.otinish.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person of the university's OpenID Connect provider, named by the provider's issuer
 * and its stable subject id, linked to the account they sign in as.
 */
@Entity
@Table(name = "identity_link")
class IdentityLink {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String issuer;

	@Column(nullable = false)
	private String subject;

	@Column(name = "account_id", nullable = false)
	private UUID accountId;

	@Column(name = "linked_at", nullable = false)
	private Instant linkedAt;

	protected IdentityLink() {
	}

	IdentityLink(String issuer, String subject, UUID accountId, Instant linkedAt) {
		this.id = UUID.randomUUID();
		this.issuer = issuer;
		this.subject = subject;
		this.accountId = accountId;
		this.linkedAt = linkedAt;
	}

	UUID accountId() {
		return this.accountId;
	}

}

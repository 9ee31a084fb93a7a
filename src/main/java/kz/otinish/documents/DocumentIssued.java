package kz.otinish.documents;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.shared.AuditedChange;
import org.jspecify.annotations.Nullable;

/** A document was issued for an appeal; it appears in the appeal's timeline. */
public record DocumentIssued(UUID appealId, DocumentKind kind, int version, String sha256, String status,
		Instant at) implements AuditedChange {

	@Override
	public String subjectType() {
		return "APPEAL";
	}

	@Override
	public UUID subjectId() {
		return this.appealId;
	}

	@Override
	public String action() {
		return "ISSUE_DOCUMENT";
	}

	@Override
	public @Nullable String statusBefore() {
		return this.status;
	}

	@Override
	public @Nullable String statusAfter() {
		return this.status;
	}

	@Override
	public String detail() {
		return this.kind.slug() + " v" + this.version + " SHA-256 " + this.sha256;
	}

}

package kz.otinish.blog;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.shared.AuditedChange;
import org.jspecify.annotations.Nullable;

/**
 * A post reached the blog or a moderator acted on it (INT-3). The audit module records
 * it; other modules may listen. {@code appealId} is set once the post was routed as an
 * appeal; {@code byVisitor} when the post was written by someone the trail must not name
 * (TERM-5: a post not linked to an account, whoever was signed in).
 */
public record BlogPostChanged(UUID subjectId, String action, @Nullable String statusBefore, String statusAfter,
		Instant at, @Nullable UUID appealId, @Nullable String detail, boolean byVisitor) implements AuditedChange {

	@Override
	public boolean anonymousActor() {
		return this.byVisitor;
	}

	public static final String SUBJECT_TYPE = "BLOG_POST";

	@Override
	public String subjectType() {
		return SUBJECT_TYPE;
	}

}

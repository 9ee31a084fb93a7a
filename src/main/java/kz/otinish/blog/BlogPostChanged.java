package kz.otinish.blog;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.shared.AuditedChange;
import org.jspecify.annotations.Nullable;

/**
 * A post reached the blog or a moderator acted on it (INT-3). The audit module records
 * it; other modules may listen. {@code appealId} is set once the post was routed as an
 * appeal.
 */
public record BlogPostChanged(UUID subjectId, String action, @Nullable String statusBefore, String statusAfter,
		Instant at, @Nullable UUID appealId, @Nullable String detail) implements AuditedChange {

	public static final String SUBJECT_TYPE = "BLOG_POST";

	@Override
	public String subjectType() {
		return SUBJECT_TYPE;
	}

}

package kz.otinish.blog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A post to the Rector's blog as pages show it: the original text, the author as far as
 * they gave it (never whether they were signed in: TERM-5), the decision on publication
 * ({@code status}: AWAITING_MODERATION, PUBLISHED, REFUSED), the routing
 * ({@code routing}: NOT_ROUTED, DEANS_OFFICE, ANONYMOUS_TRIAGE) and the history.
 */
public record BlogPostView(UUID id, String reference, Instant writtenAt, String text, @Nullable String authorName,
		@Nullable String authorAddress, @Nullable String authorContact, boolean anonymous, String category,
		@Nullable String schoolCode, String language, String status, @Nullable String publicQuestion,
		@Nullable String publicAnswer, @Nullable Instant publishedAt, @Nullable String refusalReason, String routing,
		@Nullable String routedSchool, @Nullable UUID appealId, @Nullable Instant routedAt, @Nullable String routedBy,
		boolean awaitsModeration, List<Step> history) {

	/**
	 * One step of the post's history; {@code action} is an {@code audit.action.*} key's
	 * suffix.
	 */
	public record Step(Instant at, String action, @Nullable String statusBefore, String statusAfter, String actor,
			@Nullable String note) {
	}

	/** The first characters of the text, for lists. */
	public String excerpt() {
		return this.text.length() <= 200 ? this.text : this.text.substring(0, 199) + "…";
	}

	public boolean published() {
		return "PUBLISHED".equals(this.status);
	}

	public boolean awaitingPublication() {
		return "AWAITING_MODERATION".equals(this.status);
	}

	public boolean routed() {
		return !"NOT_ROUTED".equals(this.routing);
	}

	static BlogPostView of(BlogPost post) {
		return new BlogPostView(post.id(), post.reference(), post.writtenAt(), post.text(), post.authorName(),
				post.authorAddress(), post.authorContact(), post.anonymous(), post.category().name(), post.schoolCode(),
				post.language().name(), post.status().name(), post.publicQuestion(), post.publicAnswer(),
				post.publishedAt(), post.refusalReason(), post.routing().name(), post.routedSchool(), post.appealId(),
				post.routedAt(), post.routedBy(), post.awaitsModeration(),
				post.history()
					.stream()
					.map(step -> new Step(step.at(), step.action(), step.statusBefore(), step.statusAfter(),
							step.actor(), step.note()))
					.toList());
	}

}

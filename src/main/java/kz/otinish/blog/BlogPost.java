package kz.otinish.blog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.otinish.appeal.ApplicantType;
import kz.otinish.appeal.Category;
import kz.otinish.shared.Language;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A post to the Rector's blog. The text as written never changes; the moderator decides
 * on publication (an anonymised public version and an answer, or a refusal with a reason)
 * and, independently, routes the post as an appeal (INT-3). Every step is kept in the
 * post's history and published as a {@link BlogPostChanged} for the audit trail.
 * <p>
 * The two status tables: <pre>
 * publication  AWAITING_MODERATION -> PUBLISHED | REFUSED        (then final)
 * routing      NOT_ROUTED          -> DEANS_OFFICE | ANONYMOUS_TRIAGE (then final)
 * </pre>
 */
@Entity
@Table(name = "blog_post")
class BlogPost extends AbstractAggregateRoot<BlogPost> {

	static final String RECEIVE = "RECEIVE";

	static final String PUBLISH = "PUBLISH";

	static final String REFUSE_PUBLICATION = "REFUSE_PUBLICATION";

	static final String ROUTE_TO_DEANS_OFFICE = "ROUTE_TO_DEANS_OFFICE";

	static final String SEND_TO_ANONYMOUS_TRIAGE = "SEND_TO_ANONYMOUS_TRIAGE";

	/**
	 * Who wrote a post that is not linked to an account or is anonymous, in the post's
	 * history.
	 */
	static final String AUTHOR = "author";

	@Id
	private UUID id;

	@Version
	private int version;

	@Column(nullable = false, unique = true)
	private String reference;

	@Column(name = "written_at", nullable = false)
	private Instant writtenAt;

	@Column(name = "body_text", nullable = false)
	private String text;

	@Column(name = "author_name")
	private @Nullable String authorName;

	@Column(name = "author_address")
	private @Nullable String authorAddress;

	@Column(name = "author_contact")
	private @Nullable String authorContact;

	@Column(name = "account_id")
	private @Nullable UUID accountId;

	@Enumerated(EnumType.STRING)
	@Column(name = "author_type", nullable = false)
	private ApplicantType authorType;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Category category;

	@Column(name = "school_code")
	private @Nullable String schoolCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Language language;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PostStatus status;

	@Column(name = "public_question")
	private @Nullable String publicQuestion;

	@Column(name = "public_answer")
	private @Nullable String publicAnswer;

	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	@Column(name = "refusal_reason")
	private @Nullable String refusalReason;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Routing routing;

	@Column(name = "routed_school")
	private @Nullable String routedSchool;

	@Column(name = "appeal_id")
	private @Nullable UUID appealId;

	@Column(name = "routed_at")
	private @Nullable Instant routedAt;

	@Column(name = "routed_by")
	private @Nullable String routedBy;

	// a handful of steps per post, shown with it on every page (open-in-view is off)
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "blog_post_step", joinColumns = @JoinColumn(name = "post_id"))
	@OrderColumn(name = "position")
	private List<PostStep> history = new ArrayList<>();

	protected BlogPost() {
	}

	BlogPost(NewPost post, String reference, Instant at) {
		this.id = UUID.randomUUID();
		this.reference = reference;
		this.writtenAt = at;
		this.text = post.text();
		this.authorName = post.authorName();
		this.authorAddress = post.authorAddress();
		this.authorContact = post.authorContact();
		this.accountId = post.accountId();
		this.authorType = post.authorType();
		this.category = post.category();
		this.schoolCode = post.schoolCode();
		this.language = post.language();
		this.status = PostStatus.AWAITING_MODERATION;
		this.routing = Routing.NOT_ROUTED;
		// TERM-5: an anonymous post names nobody, not even in its own history or the
		// audit
		String author = this.accountId == null || anonymous() ? AUTHOR : post.authorName();
		step(at, RECEIVE, null, this.status.name(), author == null ? AUTHOR : author, null, this.accountId == null);
	}

	/**
	 * Publishes the moderator's anonymised version of the question with the answer; the
	 * original stays as written.
	 */
	void publish(String question, String answer, String moderator, Instant at) {
		requireAwaiting();
		PostStatus before = this.status;
		this.publicQuestion = question;
		this.publicAnswer = answer;
		this.publishedAt = at;
		this.status = PostStatus.PUBLISHED;
		step(at, PUBLISH, before.name(), this.status.name(), moderator, null);
	}

	/**
	 * INT-5: refusing publication keeps the post on record with the reason; it must still
	 * be routed.
	 */
	void refusePublication(String reason, String moderator, Instant at) {
		requireAwaiting();
		PostStatus before = this.status;
		this.refusalReason = reason;
		this.status = PostStatus.REFUSED;
		step(at, REFUSE_PUBLICATION, before.name(), this.status.name(), moderator, reason);
	}

	/** INT-3: the post became an appeal to the dean's office of this school. */
	void routedToDeansOffice(String school, UUID appeal, String moderator, Instant at) {
		route(Routing.DEANS_OFFICE, ROUTE_TO_DEANS_OFFICE, school, appeal, moderator, at);
	}

	/** INT-4, TERM-5: the post became an anonymous appeal for triage. */
	void sentToAnonymousTriage(@Nullable String school, UUID appeal, String moderator, Instant at) {
		route(Routing.ANONYMOUS_TRIAGE, SEND_TO_ANONYMOUS_TRIAGE, school, appeal, moderator, at);
	}

	/**
	 * Refuses a second routing before anything is received, so that no appeal is created
	 * twice.
	 */
	void requireNotRouted() {
		if (this.routing != Routing.NOT_ROUTED) {
			throw new Refused("blog.refused.alreadyRouted", this.reference);
		}
	}

	private void route(Routing target, String action, @Nullable String school, UUID appeal, String moderator,
			Instant at) {
		requireNotRouted();
		Routing before = this.routing;
		this.routing = target;
		this.routedSchool = school;
		this.appealId = appeal;
		this.routedAt = at;
		this.routedBy = moderator;
		step(at, action, before.name(), target.name(), moderator, school);
	}

	private void requireAwaiting() {
		if (this.status != PostStatus.AWAITING_MODERATION) {
			throw new Refused("blog.refused.alreadyModerated", this.reference);
		}
	}

	private void step(Instant at, String action, @Nullable String before, String after, String actor,
			@Nullable String note) {
		step(at, action, before, after, actor, note, false);
	}

	private void step(Instant at, String action, @Nullable String before, String after, String actor,
			@Nullable String note, boolean byVisitor) {
		this.history.add(new PostStep(at, action, before, after, actor, note));
		registerEvent(new BlogPostChanged(this.id, action, before, after, at, this.appealId, note, byVisitor));
	}

	/** Still needs a moderator: not routed, or publication not decided. */
	boolean awaitsModeration() {
		return this.routing == Routing.NOT_ROUTED || this.status == PostStatus.AWAITING_MODERATION;
	}

	/**
	 * TERM-5: without a name and a postal address the author cannot be established (as
	 * the appeal module decides).
	 */
	boolean anonymous() {
		return isBlank(this.authorName) || isBlank(this.authorAddress);
	}

	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	UUID id() {
		return this.id;
	}

	String reference() {
		return this.reference;
	}

	Instant writtenAt() {
		return this.writtenAt;
	}

	String text() {
		return this.text;
	}

	@Nullable String authorName() {
		return this.authorName;
	}

	@Nullable String authorAddress() {
		return this.authorAddress;
	}

	@Nullable String authorContact() {
		return this.authorContact;
	}

	@Nullable UUID accountId() {
		return this.accountId;
	}

	ApplicantType authorType() {
		return this.authorType;
	}

	Category category() {
		return this.category;
	}

	@Nullable String schoolCode() {
		return this.schoolCode;
	}

	Language language() {
		return this.language;
	}

	PostStatus status() {
		return this.status;
	}

	@Nullable String publicQuestion() {
		return this.publicQuestion;
	}

	@Nullable String publicAnswer() {
		return this.publicAnswer;
	}

	@Nullable Instant publishedAt() {
		return this.publishedAt;
	}

	@Nullable String refusalReason() {
		return this.refusalReason;
	}

	Routing routing() {
		return this.routing;
	}

	@Nullable String routedSchool() {
		return this.routedSchool;
	}

	@Nullable UUID appealId() {
		return this.appealId;
	}

	@Nullable Instant routedAt() {
		return this.routedAt;
	}

	@Nullable String routedBy() {
		return this.routedBy;
	}

	List<PostStep> history() {
		return List.copyOf(this.history);
	}

}

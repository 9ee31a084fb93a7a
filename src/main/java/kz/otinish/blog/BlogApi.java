package kz.otinish.blog;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import kz.otinish.appeal.Category;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.organization.Organization;
import kz.otinish.organization.SchoolView;
import kz.otinish.shared.Language;
import kz.otinish.shared.RateLimiter;
import kz.otinish.shared.RateLimits;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Rector's blog over the API (INT-2c, INT-3): anyone writes (signed in or not,
 * limited per address), the published answers are public, and moderators work the queue:
 * publish an anonymised answer or refuse publication with a reason, and route every post
 * to a dean's office or to anonymous triage (INT-4). There is no delete (INT-5).
 */
@Tag(name = "Rector's blog",
		description = "Posts to the Rector (public, rate-limited), published answers, and the "
				+ "moderation queue (role MODERATOR). Moderation never deletes (INT-5).")
@RestController
@RequestMapping("/api/v1/blog")
class BlogApi {

	private static final MethodParameter BODY;

	static {
		try {
			BODY = new MethodParameter(BlogApi.class.getDeclaredMethod("body", Object.class), 0);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private final BlogModeration blog;

	private final Organization organization;

	private final RateLimiter limiter;

	private final MessageSource messages;

	BlogApi(BlogModeration blog, Organization organization, RateLimits limits, MessageSource messages) {
		this.blog = blog;
		this.organization = organization;
		this.limiter = limits.limiter("blog");
		this.messages = messages;
	}

	@Schema(description = "A post to the Rector. Only the text is required; without a name and a postal address the "
			+ "post is anonymous (TERM-5). Signed in (HTTP Basic), the post is linked to the account.")
	record PostRequest(@Schema(maxLength = PostForm.MAX_TEXT) @Nullable String text, @Nullable String fullName,
			@Nullable String address, @Schema(description = "E-mail or phone") @Nullable String contact,
			@Nullable Category category, @Nullable String schoolCode, @Nullable Language language) {
	}

	record PostReceipt(@Schema(description = "The post's reference (80 random bits)") String reference,
			boolean anonymous) {
	}

	record PublishedAnswer(String question, String answer, java.time.Instant publishedAt) {
	}

	record ModeratedPost(BlogPostView post, List<RoutingSuggestion> suggestions) {
	}

	record Queue(List<BlogPostView> awaiting, List<BlogPostView> moderated) {
	}

	record PublishRequest(
			@Schema(description = "The public copy of the question, without names or personal data",
					maxLength = PostForm.MAX_TEXT) @Nullable String question,
			@Schema(maxLength = PostForm.MAX_TEXT) @Nullable String answer,
			@Schema(description = "Publish although the question still names employees (the moderator checked "
					+ "that they may be named); without it such a question is refused with 400 naming 'question'") @Nullable Boolean keepNames) {
	}

	record RefuseRequest(@Schema(maxLength = ModerationForm.MAX_REASON) @Nullable String reason) {
	}

	@Schema(name = "BlogRouteRequest", description = "INT-3: the school a post goes to")
	record RouteRequest(@Schema(description = "The school whose dean's office considers the post",
			example = "GM1") @Nullable String schoolCode) {
	}

	@Operation(summary = "Write to the Rector (public)",
			description = "Waits in the moderation queue. Control characters are dropped, everything else is kept as "
					+ "typed. 400 with the failing fields; 429 after otinish.rate-limit.blog.max-attempts posts from one "
					+ "address within otinish.rate-limit.blog.window.")
	@PostMapping("/posts")
	ResponseEntity<PostReceipt> write(@RequestBody PostRequest request, HttpServletRequest http, Locale locale)
			throws MethodArgumentNotValidException {
		PostForm form = new PostForm();
		form.setText(request.text());
		form.setFullName(request.fullName());
		form.setAddress(request.address());
		form.setContact(request.contact());
		form.setCategory(request.category());
		form.setSchoolCode(request.schoolCode());
		BindingResult errors = new BeanPropertyBindingResult(form, "postRequest");
		Set<String> schools = this.organization.schools().stream().map(SchoolView::code).collect(Collectors.toSet());
		form.validate(errors, schools);
		throwIfInvalid(errors);
		RateLimiter.Attempt attempt = this.limiter.tryAcquire(http.getRemoteAddr());
		if (attempt.refused()) {
			throw tooMany(attempt, locale);
		}
		@Nullable CurrentUser user = Accounts.current().orElse(null);
		BlogPost post = this.blog
			.write(form.toNewPost(user, request.language() == null ? Language.of(locale) : request.language()));
		return ResponseEntity.created(URI.create("/api/v1/blog/moderation/" + post.id()))
			.body(new PostReceipt(post.reference(), post.anonymous()));
	}

	@Operation(summary = "Published answers, newest first (public)",
			description = "The moderator's anonymised question and the answer; never the original text.")
	@GetMapping("/answers")
	List<PublishedAnswer> answers() {
		return this.blog.published()
			.stream()
			.map(post -> new PublishedAnswer(post.publicQuestion(), post.publicAnswer(), post.publishedAt()))
			.toList();
	}

	@Operation(summary = "The moderation queue: posts awaiting a decision (oldest first) and moderated ones")
	@GetMapping("/moderation")
	Queue queue(CurrentUser user) {
		requireModerator(user);
		return new Queue(this.blog.awaitingModeration().stream().map(BlogPostView::of).toList(),
				this.blog.moderated().stream().map(BlogPostView::of).toList());
	}

	@Operation(summary = "One post with its history and the routing suggestion (INT-3)",
			description = "Suggestions name the employees of the staff directory the text mentions, with their school.")
	@GetMapping("/moderation/{id}")
	ModeratedPost get(@PathVariable UUID id, CurrentUser user) {
		requireModerator(user);
		BlogPost post = this.blog.get(id);
		return new ModeratedPost(BlogPostView.of(post), this.blog.suggestions(post));
	}

	@Operation(summary = "Publish an anonymised public answer", description = "Once per post; 409 when decided.")
	@PostMapping("/moderation/{id}/publish")
	ModeratedPost publish(@PathVariable UUID id, CurrentUser user, @RequestBody PublishRequest request)
			throws MethodArgumentNotValidException {
		requireModerator(user);
		ModerationForm form = new ModerationForm();
		form.setQuestion(request.question());
		form.setAnswer(request.answer());
		BindingResult errors = new BeanPropertyBindingResult(form, "publishRequest");
		form.validatePublication(errors);
		throwIfInvalid(errors);
		try {
			this.blog.publish(id, form.cleanQuestion(), form.cleanAnswer(), Boolean.TRUE.equals(request.keepNames()),
					user);
		}
		catch (BlogModeration.NamesStaff ex) {
			errors.rejectValue("question", ex.messageKey(), ex.arguments(), null);
			throwIfInvalid(errors);
		}
		return get(id, user);
	}

	@Operation(summary = "Refuse publication, with a reason",
			description = "The post stays on record and must still be routed (INT-5). Once per post; 409 when decided.")
	@PostMapping("/moderation/{id}/refuse")
	ModeratedPost refuse(@PathVariable UUID id, CurrentUser user, @RequestBody RefuseRequest request)
			throws MethodArgumentNotValidException {
		requireModerator(user);
		ModerationForm form = new ModerationForm();
		form.setReason(request.reason());
		BindingResult errors = new BeanPropertyBindingResult(form, "refuseRequest");
		form.validateRefusal(errors);
		throwIfInvalid(errors);
		this.blog.refusePublication(id, form.cleanReason(), user);
		return get(id, user);
	}

	@Operation(summary = "Route the post to a dean's office (INT-3)",
			description = "Registered at once as an appeal to the school's dean; 409 when routed already.")
	@PostMapping("/moderation/{id}/route")
	ModeratedPost route(@PathVariable UUID id, CurrentUser user, @RequestBody RouteRequest request)
			throws MethodArgumentNotValidException {
		requireModerator(user);
		ModerationForm form = new ModerationForm();
		form.setSchoolCode(request.schoolCode());
		BindingResult errors = new BeanPropertyBindingResult(form, "routeRequest");
		form.validateRouting(errors);
		throwIfInvalid(errors);
		this.blog.routeToDeansOffice(id, form.cleanSchoolCode(), user);
		return get(id, user);
	}

	@Operation(summary = "Send the post to anonymous triage (INT-4, TERM-5)",
			description = "Registered at once as an anonymous appeal; 409 when routed already.")
	@PostMapping("/moderation/{id}/triage")
	ModeratedPost triage(@PathVariable UUID id, CurrentUser user) {
		requireModerator(user);
		this.blog.sendToAnonymousTriage(id, user);
		return get(id, user);
	}

	private ErrorResponseException tooMany(RateLimiter.Attempt attempt, Locale locale) {
		long minutes = attempt.retryAfterMinutes();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				this.messages.getMessage("blog.error.tooMany", new Object[] { minutes }, locale));
		problem.setType(URI.create("https://otinish.kz/problems/too-many-requests"));
		problem.setProperty("retryAfterMinutes", minutes);
		ErrorResponseException tooMany = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null);
		tooMany.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(attempt.retryAfterSeconds()));
		return tooMany;
	}

	private static void throwIfInvalid(BindingResult errors) throws MethodArgumentNotValidException {
		if (errors.hasErrors()) {
			throw new MethodArgumentNotValidException(BODY, errors);
		}
	}

	private static void requireModerator(CurrentUser user) {
		if (!user.is(Role.MODERATOR)) {
			throw new AccessDeniedException("the moderation queue is for moderators");
		}
	}

	@SuppressWarnings("unused")
	private static void body(Object body) {
	}

}

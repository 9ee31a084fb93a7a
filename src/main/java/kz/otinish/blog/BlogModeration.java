package kz.otinish.blog;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import kz.otinish.appeal.Addressee;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.Applicant;
import kz.otinish.appeal.ApplicantType;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.NewAppeal;
import kz.otinish.identity.CurrentUser;
import kz.otinish.intake.Intake;
import kz.otinish.organization.Organization;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The blog's façade: posts are written, wait in the moderation queue (INT-3), get an
 * anonymised public answer or a refusal with a reason, and are routed as appeals — to the
 * dean's office of the school concerned, or anonymously to triage (INT-4, TERM-5).
 * Nothing is deleted (INT-5).
 */
@Service
class BlogModeration {

	static final int SUBJECT_WORDS = 10;

	static final int SUBJECT_LENGTH = 120;

	private final BlogPosts posts;

	private final Intake intake;

	private final StaffDirectory directory;

	private final Organization organization;

	private final Clock clock;

	BlogModeration(BlogPosts posts, Intake intake, StaffDirectory directory, Organization organization, Clock clock) {
		this.posts = posts;
		this.intake = intake;
		this.directory = directory;
		this.organization = organization;
		this.clock = clock;
	}

	/** A post reached the blog; it waits for a moderator. */
	@Transactional
	BlogPost write(NewPost post) {
		return this.posts.save(new BlogPost(post, PostReferences.next(), this.clock.instant()));
	}

	@Transactional(readOnly = true)
	BlogPost get(UUID id) {
		return this.posts.findById(id).orElseThrow(() -> new NotFound("blog.notFound"));
	}

	/** Oldest first: what still needs routing or a decision on publication. */
	@Transactional(readOnly = true)
	List<BlogPost> awaitingModeration() {
		return this.posts.awaitingModeration(PageRequest.of(0, 200));
	}

	/**
	 * Newest first: routed posts whose publication was decided, refused ones with their
	 * reasons.
	 */
	@Transactional(readOnly = true)
	List<BlogPost> moderated() {
		return this.posts.moderated(PageRequest.of(0, 100));
	}

	/** The public page: published answers, newest first. */
	@Transactional(readOnly = true)
	List<BlogPost> published() {
		return this.posts.findByStatusOrderByPublishedAtDesc(PostStatus.PUBLISHED, PageRequest.of(0, 50));
	}

	/**
	 * The employees the post names, those with a school first: the dean's office to
	 * suggest (INT-3).
	 */
	@Transactional(readOnly = true)
	List<RoutingSuggestion> suggestions(BlogPost post) {
		return new NameMatcher(this.directory.employees()).find(post.text())
			.stream()
			.map(match -> new RoutingSuggestion(match.employee().fullName(), match.employee().schoolCode(),
					match.named()))
			.sorted(Comparator.comparing(suggestion -> suggestion.schoolCode() == null))
			.toList();
	}

	/**
	 * Publishes the moderator's public copy. A question that still names an employee is
	 * refused with the names found ({@link NamesStaff}) unless the moderator keeps them
	 * on purpose ({@code keepNames}): the moderator is warned before, not after, a name
	 * goes public.
	 */
	@Transactional
	BlogPost publish(UUID id, String question, String answer, boolean keepNames, CurrentUser moderator) {
		if (!keepNames) {
			List<String> named = new NameMatcher(this.directory.employees()).find(question)
				.stream()
				.map(NameMatcher.Match::named)
				.toList();
			if (!named.isEmpty()) {
				throw new NamesStaff(named);
			}
		}
		BlogPost post = get(id);
		post.publish(question, answer, moderator.fullName(), this.clock.instant());
		return this.posts.save(post);
	}

	@Transactional
	BlogPost refusePublication(UUID id, String reason, CurrentUser moderator) {
		BlogPost post = get(id);
		post.refusePublication(reason, moderator.fullName(), this.clock.instant());
		return this.posts.save(post);
	}

	/**
	 * INT-3: the post becomes an appeal to the dean of the school, from its author as far
	 * as they gave their name and contact, and is registered at once in that school's
	 * journal.
	 */
	@Transactional
	BlogPost routeToDeansOffice(UUID id, String schoolCode, CurrentUser moderator) {
		BlogPost post = get(id);
		post.requireNotRouted();
		if (this.organization.school(schoolCode).isEmpty()) {
			throw new kz.otinish.shared.InvalidValue("schoolCode", "blog.refused.unknownSchool", schoolCode);
		}
		String contact = post.authorContact();
		boolean email = contact != null && contact.contains("@");
		Applicant applicant = Applicant.partial(post.authorType(), post.authorName(), post.authorAddress(),
				contact == null || email ? null : abbreviate(contact, 50), email ? contact : null);
		// TERM-5: an anonymous post is never linked to an account, even one stored before
		Appeal appeal = receiveAndRegister(post, applicant, post.anonymous(), schoolCode, Addressee.DEAN,
				post.anonymous() ? null : post.accountId(), moderator);
		post.routedToDeansOffice(schoolCode, appeal.id(), moderator.fullName(), this.clock.instant());
		return this.posts.save(post);
	}

	/**
	 * INT-4, TERM-5: the post becomes an anonymous appeal (no name, no address, no
	 * account) for the dean of the school it concerns, or the Rector's officials when it
	 * names none, to decide whether it reports a crime or a threat.
	 */
	@Transactional
	BlogPost sendToAnonymousTriage(UUID id, CurrentUser moderator) {
		BlogPost post = get(id);
		post.requireNotRouted();
		String school = post.schoolCode();
		Applicant nobody = Applicant.partial(ApplicantType.STUDENT, null, null, null, null);
		Appeal appeal = receiveAndRegister(post, nobody, true, school,
				school == null ? Addressee.RECTOR : Addressee.DEAN, null, moderator);
		post.sentToAnonymousTriage(school, appeal.id(), moderator.fullName(), this.clock.instant());
		return this.posts.save(post);
	}

	private Appeal receiveAndRegister(BlogPost post, Applicant applicant, boolean anonymous, @Nullable String school,
			Addressee addressee, @Nullable UUID account, CurrentUser moderator) {
		NewAppeal appeal = new NewAppeal(AppealKind.APPLICATION, Channel.RECTOR_BLOG, applicant, anonymous, false, null,
				List.of(), school, addressee, post.category(), subject(post.text()), post.text(), post.language(),
				account, moderator.fullName(), null, null);
		// received when it reached the blog; registered now, by the moderator (INT-1)
		return this.intake.receiveFromBlog(appeal, post.writtenAt(), moderator);
	}

	/** The first words of the text, as the appeal's subject. */
	static String subject(String text) {
		String[] words = text.strip().split("\\s+");
		StringBuilder subject = new StringBuilder();
		int taken = 0;
		while (taken < words.length && taken < SUBJECT_WORDS
				&& subject.length() + words[taken].length() + 1 <= SUBJECT_LENGTH) {
			subject.append(taken == 0 ? "" : " ").append(words[taken]);
			taken++;
		}
		if (taken == 0) {
			return abbreviate(words[0], SUBJECT_LENGTH - 1) + "…";
		}
		return taken < words.length ? subject + "…" : subject.toString();
	}

	private static String abbreviate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	/** The public question still names employees: the words that name them. */
	static final class NamesStaff extends Refused {

		NamesStaff(List<String> named) {
			super("blog.error.namesStaff", String.join(", ", named));
		}

	}

}

package kz.otinish.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import kz.otinish.appeal.Actor;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.AppealAccessPolicy;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.AppealSubject;
import kz.otinish.appeal.Registration;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.organization.BodyType;
import kz.otinish.organization.BodyView;
import kz.otinish.organization.OfficialView;
import kz.otinish.organization.Organization;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dean's triage: routing to a body with the executor (REV-1..REV-5), terminating a
 * repeated appeal (REV-11), and the persons an appeal is about (conflict of interest).
 */
@Service
class RoutingManagement {

	private static final Set<Role> SCHOOL_STAFF = EnumSet.of(Role.DEAN, Role.DEANS_OFFICE, Role.BODY_SECRETARY,
			Role.BODY_MEMBER);

	private final Routings routings;

	private final AppealManagement appeals;

	private final AppealAccessPolicy policy;

	private final Organization organization;

	private final Accounts accounts;

	private final ReviewSettings settings;

	private final Clock clock;

	private final Meetings meetings;

	RoutingManagement(Routings routings, AppealManagement appeals, AppealAccessPolicy policy, Organization organization,
			Accounts accounts, ReviewSettings settings, Clock clock, Meetings meetings) {
		this.meetings = meetings;
		this.routings = routings;
		this.appeals = appeals;
		this.policy = policy;
		this.organization = organization;
		this.accounts = accounts;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	RoutingOptions routingOptions(Appeal appeal, CurrentUser user) {
		boolean open = appeal.status().awaitsTriage();
		if (!open || appeal.anonymous() || !this.policy.canTriage(user, appeal)) {
			return new RoutingOptions(false, null, List.of(), List.of());
		}
		return new RoutingOptions(true, suggestedBody(appeal).orElse(null), bodiesFor(appeal), executors(appeal));
	}

	/** REV-2..REV-5: by configuration {@code otinish.review.suggested-body.*}. */
	@Transactional(readOnly = true)
	Optional<BodyView> suggestedBody(Appeal appeal) {
		BodyType type = this.settings.suggest(appeal.category(), appeal.applicant().type());
		if (type == BodyType.ETHICS_COUNCIL) {
			return Optional.of(this.organization.ethicsCouncil());
		}
		return appeal.schoolCode() == null ? Optional.empty() : this.organization.body(appeal.schoolCode(), type);
	}

	@Transactional(readOnly = true)
	List<BodyView> bodiesFor(Appeal appeal) {
		List<BodyView> bodies = new ArrayList<>();
		if (appeal.schoolCode() != null) {
			bodies.addAll(this.organization.bodiesOf(appeal.schoolCode()));
		}
		bodies.add(this.organization.ethicsCouncil());
		return bodies;
	}

	@Transactional(readOnly = true)
	List<CurrentUser> executors(Appeal appeal) {
		Set<String> subjects = this.appeals.subjects(appeal.id())
			.stream()
			.map(AppealSubject::account)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return this.accounts.all()
			.stream()
			.filter(account -> SCHOOL_STAFF.contains(account.role()) && account.servesSchool(appeal.schoolCode()))
			.filter(account -> subjects.stream().noneMatch(account.username()::equalsIgnoreCase))
			.toList();
	}

	/**
	 * REV-1: the dean sends the appeal to a body with an executor. The appeal itself
	 * refuses what the procedure forbids (INT-4: an anonymous appeal is never routed).
	 */
	@Transactional
	RoutingView route(UUID appealId, String bodyCode, String executorAccount, CurrentUser dean) {
		Appeal appeal = this.appeals.get(appealId, dean);
		if (!this.policy.canTriage(dean, appeal)) {
			throw NotFound.appeal();
		}
		BodyView body = bodiesFor(appeal).stream()
			.filter(candidate -> candidate.code().equals(bodyCode))
			.findFirst()
			.orElseThrow(() -> new Refused("review.route.bodyNotAvailable"));
		CurrentUser executor = executors(appeal).stream()
			.filter(candidate -> candidate.username().equals(executorAccount))
			.findFirst()
			.orElseThrow(() -> new Refused("review.route.executorNotAvailable"));
		String suggested = suggestedBody(appeal).map(BodyView::code).orElse(null);
		this.appeals.perform(appealId, new AppealCommand.Route(body.code(), executor.username(), executor.fullName()),
				Actor.person(dean));
		this.routings.add(new RoutingView(appealId, body.code(), suggested, executor.username(), executor.fullName(),
				dean.fullName(), this.clock.instant()));
		return this.routings.ofAppeal(appealId).orElseThrow();
	}

	/**
	 * REV-1, corrected: may this person send the routed appeal to another body or
	 * executor now (the one who triages it, while in consideration, or once decided for
	 * the executor only)?
	 */
	@Transactional(readOnly = true)
	boolean canReassign(Appeal appeal, CurrentUser user) {
		return appeal.routedBody().isPresent()
				&& (appeal.status() == AppealStatus.IN_REVIEW || appeal.status() == AppealStatus.DECIDED)
				&& this.policy.canTriage(user, appeal);
	}

	/**
	 * REV-1, corrected: the dean sends an appeal in consideration to another body and/or
	 * another executor, with a reason, through the appeal's door (audited
	 * {@code REASSIGN}). Refused while the appeal is on the agenda of a meeting of its
	 * body that is not cancelled (take it off the agenda first); once decided, only the
	 * executor changes.
	 */
	@Transactional
	RoutingView reassign(UUID appealId, String bodyCode, String executorAccount, String reason, CurrentUser dean) {
		Appeal appeal = this.appeals.get(appealId, dean);
		if (!this.policy.canTriage(dean, appeal)) {
			throw NotFound.appeal();
		}
		BodyView body = bodiesFor(appeal).stream()
			.filter(candidate -> candidate.code().equals(bodyCode))
			.findFirst()
			.orElseThrow(() -> new Refused("review.route.bodyNotAvailable"));
		CurrentUser executor = executors(appeal).stream()
			.filter(candidate -> candidate.username().equals(executorAccount))
			.findFirst()
			.orElseThrow(() -> new Refused("review.route.executorNotAvailable"));
		String previousBody = appeal.routedBody().orElse("");
		if (!previousBody.equals(body.code()) && appeal.status() == AppealStatus.IN_REVIEW) {
			this.meetings.withAppeal(appealId)
				.stream()
				.filter(meeting -> !meeting.cancelled() && meeting.forumKey().equals(previousBody))
				.findFirst()
				.ifPresent(meeting -> {
					throw new Refused("review.reassign.onAgenda", meeting.protocol());
				});
		}
		this.appeals.perform(appealId,
				new AppealCommand.Reassign(body.code(), executor.username(), executor.fullName(), reason),
				Actor.person(dean));
		this.routings.reassign(appealId, body.code(), executor.username(), executor.fullName(), dean.fullName(),
				this.clock.instant());
		return this.routings.ofAppeal(appealId).orElseThrow();
	}

	@Transactional(readOnly = true)
	Optional<RoutingView> routingOf(UUID appealId) {
		return this.routings.ofAppeal(appealId);
	}

	/**
	 * REV-11: only an appeal marked repeated (TERM-6) whose earlier file is ANSWERED or
	 * CLOSED, citing that file's verification materials and its answer.
	 */
	@Transactional
	Appeal terminateRepeated(UUID appealId, String materialsReference, String answerReference, CurrentUser dean) {
		Appeal appeal = this.appeals.get(appealId, dean);
		if (!this.policy.canTriage(dean, appeal)) {
			throw NotFound.appeal();
		}
		if (appeal.earlierAppealId() == null || appeal.repeatGround().isEmpty()) {
			throw new Refused("review.terminate.notRepeated");
		}
		Appeal earlier = this.appeals.find(appeal.earlierAppealId()).orElseThrow(NotFound::appeal);
		String earlierNumber = earlier.registration().map(Registration::number).orElse(earlier.subject());
		if (earlier.status() != AppealStatus.ANSWERED && earlier.status() != AppealStatus.CLOSED) {
			throw new Refused("review.terminate.earlierNotAnswered", earlierNumber);
		}
		if (Rows.blank(materialsReference) || Rows.blank(answerReference)) {
			throw new Refused("review.terminate.referenceMissing");
		}
		String reference = "REV-11: " + earlierNumber + "; " + materialsReference.strip() + "; "
				+ answerReference.strip();
		return this.appeals.perform(appealId, new AppealCommand.Terminate(reference), Actor.person(dean));
	}

	/**
	 * Records a person the appeal is about, chosen from the directory: {@code account} is
	 * the username the picker gave (any case); without it, a name that exactly one
	 * account bears resolves to that account. An account that the directory does not know
	 * is refused. When the subject is the school's dean (by account or name), triage goes
	 * to the next official up (Organization.higherOfficial).
	 */
	@Transactional
	AppealSubject recordSubject(UUID appealId, @Nullable String fullName, @Nullable String account, CurrentUser user) {
		Appeal appeal = this.appeals.get(appealId, user);
		CurrentUser subject = null;
		if (!Rows.blank(account)) {
			subject = this.accounts.byUsernameIgnoringCase(account)
				.orElseThrow(() -> new Refused("review.subject.unknownAccount"));
		}
		else if (!Rows.blank(fullName)) {
			subject = this.accounts.byFullName(fullName).orElse(null);
		}
		String name = subject != null && Rows.blank(fullName) ? subject.fullName() : fullName;
		if (Rows.blank(name)) {
			throw new Refused("review.subject.nameMissing");
		}
		String triageOfficial = null;
		Optional<OfficialView> dean = appeal.schoolCode() == null ? Optional.empty()
				: this.organization.dean(appeal.schoolCode());
		if (dean.isPresent() && isOfficial(dean.get(), subject, name)) {
			if (subject == null && dean.get().account() != null) {
				subject = this.accounts.byUsernameIgnoringCase(dean.get().account()).orElse(null);
			}
			triageOfficial = this.organization.higherOfficial(dean.get())
				.map(OfficialView::code)
				.orElseThrow(() -> new Refused("review.subject.noHigherOfficial"));
		}
		return this.appeals.recordSubject(appealId, name.strip(), subject, triageOfficial, user);
	}

	private static boolean isOfficial(OfficialView official, @Nullable CurrentUser subject, String name) {
		return subject != null && subject.username().equalsIgnoreCase(official.account())
				|| official.fullName().strip().equalsIgnoreCase(name.strip());
	}

	/**
	 * The directory to choose a subject from, for whoever may record one on this appeal:
	 * accounts matching the query, never the person choosing.
	 */
	@Transactional(readOnly = true)
	List<CurrentUser> subjectDirectory(UUID appealId, String query, CurrentUser user) {
		Appeal appeal = this.appeals.get(appealId, user);
		if (!this.policy.allows(Actor.person(user), new AppealCommand.RecordSubject("", null, null, null), appeal)) {
			throw NotFound.appeal();
		}
		return this.accounts.findPeople(query, 20)
			.stream()
			.filter(person -> !person.id().equals(user.id()))
			.filter(person -> !person.role().isApplicant() || person.is(Role.STAFF))
			.toList();
	}

}

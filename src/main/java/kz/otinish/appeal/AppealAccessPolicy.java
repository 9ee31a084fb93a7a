package kz.otinish.appeal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.organization.BodyView;
import kz.otinish.organization.Organization;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may see and handle which appeal. An applicant sees only
 * their own appeals; the dean and the dean's office their school's; a body's members and
 * secretary only the appeals routed to a body they sit on (any role, from the
 * organization data), the ones assigned to them as executor and the one their extended
 * commission considers; the records office every appeal. A person an appeal is about
 * never sees it. An appeal out of scope answers 404 so that its existence does not leak.
 * Templates never decide.
 */
@Component
public class AppealAccessPolicy {

	private final AppealSubjects subjects;

	private final Organization organization;

	private final List<ConsideringCommissions> commissions;

	AppealAccessPolicy(AppealSubjects subjects, Organization organization, List<ConsideringCommissions> commissions) {
		this.subjects = subjects;
		this.organization = organization;
		this.commissions = commissions;
	}

	/**
	 * May this person read this appeal? Never a person it is about (conflict of
	 * interest).
	 */
	public boolean canSee(CurrentUser user, Appeal appeal) {
		return !isSubject(user, appeal) && seesByRole(user, appeal);
	}

	/**
	 * Which of these appeals this person may see ({@link #canSee}), with one query for
	 * the conflicts of interest of them all.
	 */
	public Set<UUID> visibleOf(CurrentUser user, List<Appeal> appeals) {
		if (appeals.isEmpty()) {
			return Set.of();
		}
		Set<UUID> subjectOf = new java.util.HashSet<>(
				this.subjects.subjectOf(appeals.stream().map(Appeal::id).toList(), user.id(), user.username()));
		return appeals.stream()
			.filter(appeal -> !subjectOf.contains(appeal.id()) && seesByRole(user, appeal))
			.map(Appeal::id)
			.collect(Collectors.toSet());
	}

	/** Conflict of interest: is this person recorded as one the appeal is about? */
	public boolean isSubject(CurrentUser user, Appeal appeal) {
		return isSubject(user, appeal.id());
	}

	/**
	 * Conflict of interest: is this person (by account id, or a username recorded in any
	 * case) one the appeal is about? They are kept out of everything about it: the
	 * appeal, its agenda item, decision, protocol, verification, actions, notices.
	 */
	public boolean isSubject(CurrentUser user, UUID appealId) {
		return this.subjects.isSubject(appealId, user.id(), user.username());
	}

	private boolean seesByRole(CurrentUser user, Appeal appeal) {
		return switch (user.role()) {
			case STUDENT, STAFF, REPRESENTATIVE -> user.id().equals(appeal.applicantUserId());
			case REGISTRAR, OFFICIAL -> true;
			case DEANS_OFFICE, DEAN -> user.servesSchool(appeal.schoolCode());
			case BODY_SECRETARY, BODY_MEMBER -> considers(user, appeal);
			case MODERATOR -> appeal.channel() == Channel.RECTOR_BLOG;
			case ANALYST, ADMIN -> false;
		};
	}

	/**
	 * A body's member or secretary considers the appeal: it was routed to a body they sit
	 * on, they are its executor, or their extended commission considers it.
	 */
	private boolean considers(CurrentUser user, Appeal appeal) {
		return appeal.routedBody().filter(bodiesOf(user)::contains).isPresent()
				|| appeal.executorAccount().filter(user.username()::equals).isPresent()
				|| commissionAppeals(user).contains(appeal.id());
	}

	private Set<String> bodiesOf(CurrentUser user) {
		return this.organization.bodiesOfAccount(user.username())
			.stream()
			.map(BodyView::code)
			.collect(Collectors.toSet());
	}

	private Set<UUID> commissionAppeals(CurrentUser user) {
		return this.commissions.stream()
			.flatMap(commission -> commission.appealsConsideredBy(user).stream())
			.collect(Collectors.toSet());
	}

	/**
	 * Internal notes: staff who may see the appeal read and write them; never an
	 * applicant (not even on their own appeal), nor the roles that see no appeal.
	 */
	public boolean seesNotes(CurrentUser user, Appeal appeal) {
		return !user.role().isApplicant() && !user.is(Role.ANALYST) && !user.is(Role.ADMIN) && canSee(user, appeal);
	}

	/** May this person register an appeal that is awaiting registration (INT-1)? */
	public boolean canRegister(CurrentUser user, Appeal appeal) {
		return user.is(Role.REGISTRAR) || user.is(Role.DEANS_OFFICE) && user.servesSchool(appeal.schoolCode());
	}

	/**
	 * May this person take the dean's triage decisions on this appeal (REV-1, DL-3,
	 * INT-4, TERM-6)? The school's dean, or a higher official.
	 */
	public boolean canTriage(CurrentUser user, Appeal appeal) {
		if (isSubject(user, appeal)) {
			return false;
		}
		if (appeal.triageOfficial().isPresent()) {
			// the dean is a subject or the appeal goes higher: the named official (or an
			// official above them in the escalation chain) triages it, never the school's
			// dean and never just any official
			if (user.is(Role.DEAN) && user.servesSchool(appeal.schoolCode())) {
				return false;
			}
			return isNamedOfficialOrAbove(user, appeal.triageOfficial().get());
		}
		return user.is(Role.DEAN) && user.servesSchool(appeal.schoolCode()) || user.is(Role.OFFICIAL);
	}

	private boolean isNamedOfficialOrAbove(CurrentUser user, String officialCode) {
		var seen = new java.util.HashSet<String>();
		var current = this.organization.official(officialCode);
		while (current.isPresent() && seen.add(current.get().code())) {
			if (user.username().equals(current.get().account())) {
				return true;
			}
			current = this.organization.higherOfficial(current.get());
		}
		return false;
	}

	/**
	 * Personal data, the one rule: who sees the identity document shown at the desk. Its
	 * full number is never stored (the registrar sees it only while typing it at
	 * registration); the type and the last four characters are shown to the applicant and
	 * to the desk that registers appeals of the school, to nobody else. Otinish collects
	 * no individual identification number (IIN).
	 */
	public boolean seesIdentityNumbers(CurrentUser user, Appeal appeal) {
		return user.id().equals(appeal.applicantUserId()) || canUseDesk(user) && canRegister(user, appeal);
	}

	/**
	 * The registrar's desk: the records office and the dean's offices (INT-2b, INT-6).
	 */
	public boolean canUseDesk(CurrentUser user) {
		return user.is(Role.REGISTRAR) || user.is(Role.DEANS_OFFICE);
	}

	/**
	 * DL-2: may this person extend the review period? Whoever may triage it, or the
	 * school's dean's office as the dean's delegate.
	 */
	public boolean canExtend(CurrentUser user, Appeal appeal) {
		return canTriage(user, appeal) || user.is(Role.DEANS_OFFICE) && user.servesSchool(appeal.schoolCode());
	}

	/**
	 * May this actor perform this command on this appeal? A system actor acts on facts
	 * its module has checked; a person within the scope of the step.
	 */
	public boolean allows(Actor actor, AppealCommand command, Appeal appeal) {
		if (!(actor instanceof Actor.Person person)) {
			return true;
		}
		CurrentUser user = person.user();
		if (command instanceof AppealCommand.Register || command instanceof AppealCommand.LinkApplicant
				|| command instanceof AppealCommand.IdentifyApplicant) {
			return canRegister(user, appeal);
		}
		if (command instanceof AppealCommand.ExtendReview) {
			return canExtend(user, appeal);
		}
		if (command instanceof AppealCommand.MarkRepeated) {
			return canTriage(user, appeal) || canRegister(user, appeal)
					|| user.is(Role.REGISTRAR) && canSee(user, appeal);
		}
		if (command instanceof AppealCommand.RecordSubject) {
			return canTriage(user, appeal) || canRegister(user, appeal);
		}
		if (command instanceof AppealCommand.Decide) {
			// REV-8: the meeting's secretary or chair records it; the review module
			// checks
			// the meeting, the appeal's scope is checked here
			return !isSubject(user, appeal) && !user.role().isApplicant() && user.role() != Role.ANALYST
					&& user.role() != Role.ADMIN && user.role() != Role.MODERATOR;
		}
		if (command instanceof AppealCommand.Deliver) {
			return canDeliver(user, appeal);
		}
		if (command instanceof AppealCommand.Close) {
			// the applicant's verdict closes it too
			return canDeliver(user, appeal) || user.role().isApplicant() && user.id().equals(appeal.applicantUserId());
		}
		// the dean's triage: START_TRIAGE, DL-3, INT-4, REV-11, REV-1, DL-4 reassignment
		return canTriage(user, appeal);
	}

	/**
	 * RES-1..RES-3: may this person record the delivery or close the appeal? The dean (or
	 * official), the school's dean's office, or the records office.
	 */
	public boolean canDeliver(CurrentUser user, Appeal appeal) {
		return canTriage(user, appeal) || user.is(Role.REGISTRAR)
				|| user.is(Role.DEANS_OFFICE) && user.servesSchool(appeal.schoolCode());
	}

	/** The same rule as {@link #canSee} as a query, for lists. */
	Specification<Appeal> visibleTo(CurrentUser user) {
		return notSubjectOf(user).and(visibleByRole(user));
	}

	private static Specification<Appeal> notSubjectOf(CurrentUser user) {
		// NOT EXISTS, probed by appeal_subject's index on appeal_id for each candidate
		// row, so that a list walks its own index and stops at the page's end
		return (root, query, cb) -> {
			var subquery = query.subquery(Integer.class);
			var subject = subquery.from(AppealSubject.class);
			subquery.select(cb.literal(1))
				.where(cb.equal(subject.get("appealId"), root.get("id")),
						cb.or(cb.equal(subject.get("accountId"), user.id()), cb.equal(cb.lower(subject.get("account")),
								user.username().toLowerCase(java.util.Locale.ROOT))));
			return cb.not(cb.exists(subquery));
		};
	}

	/**
	 * STAT-1: may this person see statistics at all? Analysts, officials (the rector, the
	 * vice-rectors) and the records office count every school, a dean and the dean's
	 * office their own.
	 */
	public boolean mayCount(CurrentUser user) {
		return user.is(Role.ANALYST) || user.is(Role.OFFICIAL) || user.is(Role.REGISTRAR) || user.is(Role.DEAN)
				|| user.is(Role.DEANS_OFFICE);
	}

	/** STAT-1: does this person's statistics cover every school, or only their own? */
	public boolean countsEverySchool(CurrentUser user) {
		return user.is(Role.ANALYST) || user.is(Role.OFFICIAL) || user.is(Role.REGISTRAR);
	}

	/**
	 * STAT-1: the appeals counted in this person's statistics and listed behind each
	 * figure: every school or their own ({@link #countsEverySchool}), never an appeal
	 * they are the subject of (a figure must not reveal what its list may not show).
	 */
	Specification<Appeal> countedFor(CurrentUser user) {
		Specification<Appeal> scope;
		if (!mayCount(user)) {
			scope = (root, query, cb) -> cb.disjunction();
		}
		else if (countsEverySchool(user)) {
			scope = (root, query, cb) -> cb.conjunction();
		}
		else {
			scope = ofSchool(user);
		}
		return notSubjectOf(user).and(scope);
	}

	private Specification<Appeal> visibleByRole(CurrentUser user) {
		return switch (user.role()) {
			case STUDENT, STAFF, REPRESENTATIVE ->
				(root, query, cb) -> cb.equal(root.get("applicantUserId"), user.id());
			case REGISTRAR, OFFICIAL -> (root, query, cb) -> cb.conjunction();
			case DEANS_OFFICE, DEAN -> (root, query, cb) -> user.schoolCode() == null ? cb.disjunction()
					: cb.equal(root.get("schoolCode"), user.schoolCode());
			case BODY_SECRETARY, BODY_MEMBER -> consideredBy(user);
			case MODERATOR -> (root, query, cb) -> cb.equal(root.get("channel"), Channel.RECTOR_BLOG);
			case ANALYST, ADMIN -> (root, query, cb) -> cb.disjunction();
		};
	}

	/**
	 * The appeals of a queue this person is the one to act on, as a query: the same rules
	 * as {@link #canRegister}, {@link #canTriage}, {@link #canDeliver} and the executor,
	 * within what they may see.
	 */
	Specification<Appeal> dutyOf(CurrentUser user, AppealQueue.Duty duty) {
		Specification<Appeal> duties = switch (duty) {
			case REGISTER -> registrableBy(user);
			case TRIAGE -> triageableBy(user);
			case DELIVER -> triageableBy(user).or(user.is(Role.REGISTRAR) ? (root, query, cb) -> cb.conjunction()
					: user.is(Role.DEANS_OFFICE) ? ofSchool(user) : (root, query, cb) -> cb.disjunction());
			case EXECUTE -> (root, query, cb) -> cb.equal(root.get("routing").get("executorAccount"), user.username());
			case SEE -> (root, query, cb) -> cb.conjunction();
		};
		return visibleTo(user).and(duties);
	}

	private Specification<Appeal> registrableBy(CurrentUser user) {
		if (user.is(Role.REGISTRAR)) {
			return (root, query, cb) -> cb.conjunction();
		}
		return user.is(Role.DEANS_OFFICE) ? ofSchool(user) : (root, query, cb) -> cb.disjunction();
	}

	private Specification<Appeal> triageableBy(CurrentUser user) {
		if (user.is(Role.DEAN)) {
			return ofSchool(user).and((root, query, cb) -> cb.isNull(root.get("triageOfficial")));
		}
		if (user.is(Role.OFFICIAL)) {
			// the appeals sent to them by name (conflict of interest, DL-4), or to an
			// official below them in the escalation chain
			List<String> codes = this.organization.officials()
				.stream()
				.map(official -> official.code())
				.filter(code -> isNamedOfficialOrAbove(user, code))
				.toList();
			return (root, query, cb) -> codes.isEmpty() ? cb.disjunction() : root.get("triageOfficial").in(codes);
		}
		return (root, query, cb) -> cb.disjunction();
	}

	private static Specification<Appeal> ofSchool(CurrentUser user) {
		return (root, query, cb) -> user.schoolCode() == null ? cb.disjunction()
				: cb.equal(root.get("schoolCode"), user.schoolCode());
	}

	private Specification<Appeal> consideredBy(CurrentUser user) {
		Set<String> bodies = bodiesOf(user);
		Set<UUID> commissionAppeals = commissionAppeals(user);
		return (root, query, cb) -> {
			var routed = bodies.isEmpty() ? cb.disjunction() : root.get("routing").get("body").in(bodies);
			var executor = cb.equal(root.get("routing").get("executorAccount"), user.username());
			var commission = commissionAppeals.isEmpty() ? cb.disjunction() : root.get("id").in(commissionAppeals);
			return cb.or(routed, executor, commission);
		};
	}

}

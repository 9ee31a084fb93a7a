package kz.otinish.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import kz.otinish.appeal.AppealAccessPolicy;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.organization.BodyView;
import kz.otinish.organization.MemberRole;
import kz.otinish.organization.MemberView;
import kz.otinish.organization.Organization;

import org.springframework.stereotype.Component;

/**
 * The places that meet and keep protocols, bodies and extended commissions, and who runs
 * them: a body's secretary or chair (by account in the organization data), a commission's
 * chair or the school's body secretary. For one agenda item, a person the appeal is about
 * never takes part; when it is the body's chair, the deputy chair presides over the item.
 */
@Component
class Forums {

	private final Commissions commissions;

	private final Organization organization;

	private final AppealAccessPolicy policy;

	private final Accounts accounts;

	Forums(Commissions commissions, Organization organization, AppealAccessPolicy policy, Accounts accounts) {
		this.commissions = commissions;
		this.organization = organization;
		this.policy = policy;
		this.accounts = accounts;
	}

	List<Forum> of(CurrentUser user) {
		List<Forum> forums = new ArrayList<>();
		for (BodyView body : this.organization.bodiesOfAccount(user.username())) {
			forums.add(new Forum(body.code(), body, null, canRun(user, body.code())));
		}
		this.commissions.chairedByOrOfSchool(user.username(), user.is(Role.BODY_SECRETARY) ? user.schoolCode() : "-")
			.forEach(commission -> forums
				.add(new Forum(commission.forumKey(), null, commission.toView(), runs(user, commission))));
		return forums;
	}

	boolean canRun(CurrentUser user, String forumKey) {
		UUID commissionId = Commission.idIn(forumKey);
		if (commissionId != null) {
			return this.commissions.find(commissionId).map(commission -> runs(user, commission)).orElse(false);
		}
		return this.organization.membersOf(forumKey)
			.stream()
			.anyMatch(member -> user.username().equals(member.account())
					&& (member.role() == MemberRole.SECRETARY || member.role() == MemberRole.CHAIR));
	}

	private static boolean runs(CurrentUser user, Commission commission) {
		return user.username().equals(commission.chairAccount())
				|| user.is(Role.BODY_SECRETARY) && user.servesSchool(commission.schoolCode());
	}

	/**
	 * Conflict of interest: is this member of a forum (by account) a person the appeal is
	 * about? A member without an account is matched by nobody.
	 */
	boolean isSubject(@org.jspecify.annotations.Nullable String account, UUID appealId) {
		return account != null && this.accounts.byUsernameIgnoringCase(account)
			.map(member -> this.policy.isSubject(member, appealId))
			.orElse(false);
	}

	/**
	 * Who presides over an agenda item of a body: its chair, or the deputy chair when the
	 * chair is a person the appeal is about. Empty for a commission, or when neither may.
	 */
	Optional<MemberView> presiding(String forumKey, UUID appealId) {
		if (Commission.idIn(forumKey) != null) {
			return Optional.empty();
		}
		List<MemberView> members = this.organization.membersOf(forumKey);
		Optional<MemberView> chair = members.stream().filter(member -> member.role() == MemberRole.CHAIR).findFirst();
		if (chair.isPresent() && !isSubject(chair.get().account(), appealId)) {
			return chair;
		}
		return members.stream()
			.filter(member -> member.role() == MemberRole.DEPUTY_CHAIR)
			.filter(member -> !isSubject(member.account(), appealId))
			.findFirst();
	}

	/**
	 * May this person record the decision on this agenda item: never a person it is
	 * about; whoever runs the forum, or the deputy chair presiding because the chair is a
	 * subject.
	 */
	boolean canDecide(CurrentUser user, String forumKey, UUID appealId) {
		if (this.policy.isSubject(user, appealId)) {
			return false;
		}
		return canRun(user, forumKey)
				|| presiding(forumKey, appealId).filter(member -> member.role() == MemberRole.DEPUTY_CHAIR)
					.filter(member -> user.username().equalsIgnoreCase(member.account()))
					.isPresent();
	}

}

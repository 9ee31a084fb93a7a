package kz.otinish.review;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.organization.BodyView;
import kz.otinish.organization.MemberRole;
import kz.otinish.organization.Organization;

import org.springframework.stereotype.Component;

/**
 * The places that meet and keep protocols, bodies and extended commissions, and who runs
 * them: a body's secretary or chair (by account in the organization data), a commission's
 * chair or the school's body secretary.
 */
@Component
class Forums {

	private final Commissions commissions;

	private final Organization organization;

	Forums(Commissions commissions, Organization organization) {
		this.commissions = commissions;
		this.organization = organization;
	}

	List<Reviews.Forum> of(CurrentUser user) {
		List<Reviews.Forum> forums = new ArrayList<>();
		for (BodyView body : this.organization.bodiesOfAccount(user.username())) {
			forums.add(new Reviews.Forum(body.code(), body, null, canRun(user, body.code())));
		}
		this.commissions.chairedByOrOfSchool(user.username(), user.is(Role.BODY_SECRETARY) ? user.schoolCode() : "-")
			.forEach(commission -> forums
				.add(new Reviews.Forum(commission.forumKey(), null, commission.toView(), runs(user, commission))));
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

}

package kz.otinish.review;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealAccessPolicy;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orchestrates the extended commission (REV-6): load, let {@link Commission} decide,
 * save, publish.
 */
@Service
class CommissionManagement {

	private final Commissions commissions;

	private final CommissionChoices choices;

	private final AppealManagement appeals;

	private final AppealAccessPolicy policy;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final java.time.Clock clock;

	CommissionManagement(Commissions commissions, CommissionChoices choices, AppealManagement appeals,
			AppealAccessPolicy policy, ApplicationEventPublisher events, MessageSource messages,
			java.time.Clock clock) {
		this.commissions = commissions;
		this.choices = choices;
		this.appeals = appeals;
		this.policy = policy;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	boolean canFormCommission(Appeal appeal, CurrentUser user) {
		return appeal.status() == AppealStatus.IN_REVIEW && this.policy.canTriage(user, appeal)
				&& this.commissions.ofAppeal(appeal.id()).isEmpty();
	}

	@Transactional
	CommissionView formCommission(UUID appealId, NewCommission order, CurrentUser dean) {
		Appeal appeal = this.appeals.get(appealId, dean);
		if (!this.policy.canTriage(dean, appeal)) {
			throw NotFound.appeal();
		}
		Instant now = this.clock.instant();
		java.util.Locale locale = LocaleContextHolder.getLocale();
		Commission commission = Commission.form(appealId, appeal.schoolCode(), appeal.status(),
				this.commissions.ofAppeal(appealId).isPresent(), order, this.choices.mandatoryKinds(appeal),
				dean.fullName(), dean.username(), now,
				kind -> this.messages.getMessage("review.memberKind." + kind, null, kind.name(), locale));
		this.commissions.add(commission);
		this.events.publishEvent(ReviewChanged.ofAppeal(appealId, "FORM_COMMISSION", now,
				commission.orderNumber() + ", " + commission.orderDate()));
		this.events.publishEvent(new CommissionFormed(appealId, commission.id(), now));
		return this.commissions.find(commission.id()).orElseThrow().toView();
	}

	@Transactional(readOnly = true)
	Optional<CommissionView> commissionOf(UUID appealId) {
		return this.commissions.ofAppeal(appealId).map(Commission::toView);
	}

}

package kz.otinish.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealAccessPolicy;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.CheckedFile;
import kz.otinish.appeal.IncomingFile;
import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orchestrates the verification (REV-7, REV-12): who handles it, load, let
 * {@link Verification} decide, save, publish.
 */
@Service
class VerificationManagement {

	private final Verifications verifications;

	private final Routings routings;

	private final Commissions commissions;

	private final Forums forums;

	private final AppealManagement appeals;

	private final AppealAccessPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	VerificationManagement(Verifications verifications, Routings routings, Commissions commissions, Forums forums,
			AppealManagement appeals, AppealAccessPolicy policy, ApplicationEventPublisher events, Clock clock) {
		this.verifications = verifications;
		this.routings = routings;
		this.commissions = commissions;
		this.forums = forums;
		this.appeals = appeals;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/** The dean (triage), the executor, or whoever runs the body or its commission. */
	@Transactional(readOnly = true)
	boolean canHandle(CurrentUser user, Appeal appeal) {
		if (!this.policy.canSee(user, appeal)) {
			return false;
		}
		if (this.policy.canTriage(user, appeal)
				|| appeal.executorAccount().filter(user.username()::equals).isPresent()) {
			return true;
		}
		Optional<RoutingView> routing = this.routings.ofAppeal(appeal.id());
		return routing.isPresent() && this.forums.canRun(user, routing.get().bodyCode())
				|| this.commissions.ofAppeal(appeal.id())
					.map(commission -> this.forums.canRun(user, commission.forumKey()))
					.orElse(false);
	}

	private void handled(UUID appealId, CurrentUser user) {
		Appeal appeal = this.appeals.get(appealId, user);
		refuseUnlessHandles(user, canHandle(user, appeal));
		if (appeal.status() != AppealStatus.IN_REVIEW) {
			throw new Refused("review.refused.notInReview");
		}
	}

	/**
	 * Who may see the appeal but does not work on its review is refused (403); the
	 * applicant, from whom the review is hidden, finds nothing (404).
	 */
	static void refuseUnlessHandles(CurrentUser user, boolean handles) {
		if (handles) {
			return;
		}
		if (user.role().isApplicant()) {
			throw NotFound.appeal();
		}
		throw new AccessDeniedException("review.refused.notHandler");
	}

	@Transactional
	RequestView requestDocuments(UUID appealId, String unitName, String text, LocalDate dueOn, CurrentUser user) {
		handled(appealId, user);
		Verification verification = this.verifications.of(appealId);
		Instant now = this.clock.instant();
		RequestView request = verification.request(unitName, text, dueOn, LocalDate.now(this.clock), user.fullName(),
				now);
		this.verifications.save(verification);
		this.events.publishEvent(ReviewChanged.ofAppeal(appealId, "REQUEST_DOCUMENTS", now, unitName + ", " + dueOn));
		return this.verifications.request(request.id()).orElseThrow();
	}

	@Transactional
	RequestView attachResponse(UUID requestId, String note, @Nullable IncomingFile file, CurrentUser user) {
		RequestView request = this.verifications.request(requestId)
			.orElseThrow(() -> new NotFound("review.request.notFound"));
		handled(request.appealId(), user);
		Verification verification = this.verifications.of(request.appealId());
		// an empty response is refused by the model; a file is checked first (type, size)
		CheckedFile checked = file == null ? null : this.appeals.checkFile(file);
		Instant now = this.clock.instant();
		verification.respond(requestId, note, checked, now);
		this.verifications.save(verification);
		this.events.publishEvent(ReviewChanged.ofAppeal(request.appealId(), "ATTACH_RESPONSE", now,
				request.unitName() + (checked == null ? "" : ", " + checked.fileName())));
		return this.verifications.request(requestId).orElseThrow();
	}

	@Transactional(readOnly = true)
	ResponseFile responseFile(UUID appealId, UUID requestId, CurrentUser user) {
		RequestView request = this.verifications.request(requestId)
			.filter(found -> found.appealId().equals(appealId))
			.orElseThrow(() -> new NotFound("review.request.notFound"));
		this.appeals.get(request.appealId(), user);
		if (user.role().isApplicant()) {
			// REV-7: the verification's materials are internal; the applicant learns the
			// outcome from the answer
			throw new NotFound("review.request.notFound");
		}
		return this.verifications.responseFile(requestId).orElseThrow(() -> new NotFound("review.request.notFound"));
	}

	@Transactional
	ArgumentView addArgument(UUID appealId, String text, CurrentUser user) {
		handled(appealId, user);
		Verification verification = this.verifications.of(appealId);
		ArgumentView argument = verification.addArgument(text);
		this.verifications.save(verification);
		// the argument's text is the applicant's, kept with the verification; the trail,
		// never anonymised, keeps its number only
		this.events.publishEvent(ReviewChanged.ofAppeal(appealId, "ADD_ARGUMENT", this.clock.instant(),
				String.valueOf(argument.number())));
		return this.verifications.argument(argument.id()).orElseThrow();
	}

	@Transactional
	ArgumentView recordFinding(@Nullable UUID appealId, UUID argumentId, Finding finding, String grounds,
			CurrentUser user) {
		ArgumentView argument = this.verifications.argument(argumentId)
			.filter(found -> appealId == null || found.appealId().equals(appealId))
			.orElseThrow(() -> new NotFound("review.argument.notFound"));
		handled(argument.appealId(), user);
		Verification verification = this.verifications.of(argument.appealId());
		Instant now = this.clock.instant();
		verification.recordFinding(argumentId, finding, grounds, now);
		this.verifications.save(verification);
		this.events.publishEvent(
				ReviewChanged.ofAppeal(argument.appealId(), "RECORD_FINDING", now, argument.number() + ": " + finding));
		return this.verifications.argument(argumentId).orElseThrow();
	}

	@Transactional(readOnly = true)
	Verification of(UUID appealId) {
		return this.verifications.of(appealId);
	}

}

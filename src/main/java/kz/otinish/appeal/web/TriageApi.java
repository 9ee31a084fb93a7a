package kz.otinish.appeal.web;

import java.time.Clock;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.identity.CurrentUser;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dean's intake decisions over the API, the same rules as on the appeal page: only
 * who may triage the appeal (its school's dean, or the official it went up to) gets past
 * 404; a decision the appeal's status does not allow is a 409 problem.
 */
@Tag(name = "Triage", description = "The dean's intake decisions: DL-3 return, INT-4 outcomes, TERM-6 repeated")
@RestController
@RequestMapping("/api/v1/appeals/{id}")
class TriageApi {

	private final AppealManagement appeals;

	private final Clock clock;

	private final kz.otinish.appeal.AppealAccessPolicy policy;

	TriageApi(AppealManagement appeals, Clock clock, kz.otinish.appeal.AppealAccessPolicy policy) {
		this.appeals = appeals;
		this.clock = clock;
		this.policy = policy;
	}

	@Operation(summary = "Return without consideration (DL-3)",
			description = "An application that does not state the essence of the matter goes back to the applicant "
					+ "with the dean's explanation; the return letter is issued.")
	@PostMapping("/return")
	AppealResponse returnWithoutConsideration(CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody TriageForms.Return request) {
		return AppealResponse.of(this.appeals.returnWithoutConsideration(id, request.explanation(), user), this.policy,
				user);
	}

	@Operation(summary = "Anonymous: not subject to consideration (INT-4)", description = "Closed with the reason.")
	@PostMapping("/not-considered")
	AppealResponse declareNotConsidered(CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody TriageForms.NotConsidered request) {
		return AppealResponse.of(this.appeals.declareNotConsidered(id, request.reason(), user), this.policy, user);
	}

	@Operation(summary = "Anonymous: forwarded to a state body (INT-4)",
			description = "The body, the date and time it was sent (Asia/Almaty), the outgoing number and the covering "
					+ "letter; the responsible officials are alerted at once.")
	@PostMapping("/forwarding")
	AppealResponse forwardToStateBody(CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody TriageForms.Forward request) {
		return AppealResponse.of(this.appeals.forwardToStateBody(id, request.toForwarding(this.clock.getZone()), user),
				this.policy, user);
	}

	@Operation(summary = "Mark as repeated (TERM-6)",
			description = "Links the earlier appeal of the same applicant and records which TERM-6 ground applies.")
	@PostMapping("/repeated")
	AppealResponse markRepeated(CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody TriageForms.Repeated request) {
		return AppealResponse.of(this.appeals.markRepeated(id, request.earlierId(), request.ground(), user),
				this.policy, user);
	}

}

package kz.otinish.appeal.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.StateBodyForwarding;
import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.InvalidValue;

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
			description = "The body, the date and time it was sent, the outgoing number and the covering letter; the "
					+ "responsible officials are alerted at once. sentAt with an offset (2026-12-03T10:15:00+05:00, "
					+ "2026-12-03T05:15:00Z) is honoured; without one it is Asia/Almaty time. It may be neither "
					+ "before the appeal's receipt nor in the future (400 naming sentAt).")
	@PostMapping("/forwarding")
	AppealResponse forwardToStateBody(CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ForwardRequest request) {
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

	/**
	 * INT-4: the particulars of the letter to the state body, as the API receives them.
	 */
	record ForwardRequest(@NotBlank @Size(max = 300) String stateBody,
			@Schema(description = "When the letter was sent: ISO 8601, with an offset or Z (honoured) or without "
					+ "(Asia/Almaty time)", example = "2026-12-03T10:15:00+05:00") @NotBlank String sentAt,
			@NotBlank @Size(max = 60) String outgoingNumber, @NotBlank @Size(max = 20000) String coveringLetter) {

		StateBodyForwarding toForwarding(ZoneId zone) {
			return new StateBodyForwarding(this.stateBody, instant(this.sentAt, zone), this.outgoingNumber,
					this.coveringLetter);
		}

		/** An offset or a zone is honoured; a bare local time is the university's. */
		static Instant instant(String value, ZoneId zone) {
			String given = value.strip();
			try {
				TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(given, ZonedDateTime::from,
						LocalDateTime::from);
				return parsed instanceof ZonedDateTime zoned ? zoned.toInstant()
						: ((LocalDateTime) parsed).atZone(zone).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw new InvalidValue("sentAt", "error.dateTime.invalid", given);
			}
		}

	}

}

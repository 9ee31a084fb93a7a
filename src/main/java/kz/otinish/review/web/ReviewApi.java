package kz.otinish.review.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import kz.otinish.appeal.AppealSubject;
import kz.otinish.appeal.IncomingFile;
import kz.otinish.identity.CurrentUser;
import kz.otinish.review.ActionView;
import kz.otinish.review.ArgumentView;
import kz.otinish.review.AttendanceView;
import kz.otinish.review.CommissionView;
import kz.otinish.review.DecisionView;
import kz.otinish.review.MeetingView;
import kz.otinish.review.RequestView;
import kz.otinish.review.ReviewView;
import kz.otinish.review.Reviews;
import kz.otinish.review.RoutingView;
import kz.otinish.shared.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The consideration of appeals (sop.md REV-1..REV-12) as JSON: routing, subjects,
 * termination of repeated appeals, the extended commission, verification, meetings and
 * their protocols, decisions and their measures. Refusals are 409 problem+json with a
 * localized detail; out of scope is 404.
 */
@Tag(name = "Review", description = "Routing, commissions, meetings, verification and decisions (REV-1..REV-12)")
@RestController
@RequestMapping("/api/v1")
class ReviewApi {

	private final Reviews reviews;

	ReviewApi(Reviews reviews) {
		this.reviews = reviews;
	}

	@Operation(summary = "Everything about an appeal's consideration")
	@GetMapping("/appeals/{id}/review")
	ReviewView review(CurrentUser user, @PathVariable UUID id) {
		return this.reviews.review(id, user);
	}

	@Operation(summary = "The protocol decision on an appeal (REV-8..REV-10)", description = "404 when not decided.")
	@GetMapping("/appeals/{id}/decision")
	DecisionView decision(CurrentUser user, @PathVariable UUID id) {
		ReviewView review = this.reviews.review(id, user);
		return review.decided().orElseThrow(() -> new NotFound("review.decision.notFound"));
	}

	@Operation(summary = "Route to a collegial body and name the executor (REV-1..REV-5)",
			description = "The dean (or the triage official); the appeal goes to IN_REVIEW.")
	@PostMapping("/appeals/{id}/routing")
	RoutingView route(CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ReviewPayloads.RouteRequest request) {
		return this.reviews.route(id, request.bodyCode(), request.executorAccount(), user);
	}

	@Operation(summary = "Send a routed appeal to another body and/or executor, with a reason (REV-1, corrected)",
			description = "While in consideration: another body (not while on the agenda of a meeting of its body) "
					+ "and/or another executor; once decided: another executor only. Audited (REASSIGN); the new "
					+ "executor and the new body's secretary are notified, the applicant only of a new body.")
	@PostMapping("/appeals/{id}/reassignment")
	RoutingView reassign(CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ReviewPayloads.ReassignRequest request) {
		return this.reviews.reassign(id, request.bodyCode(), request.executorAccount(), request.reason(), user);
	}

	@Operation(summary = "Record a person the appeal is about (conflict of interest)",
			description = "The subject can neither see nor handle it; when it is the school's dean, triage goes to the next official up.")
	@PostMapping("/appeals/{id}/subjects")
	SubjectResponse recordSubject(CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ReviewPayloads.SubjectRequest request) {
		AppealSubject subject = this.reviews.recordSubject(id, request.fullName(), request.account(), user);
		return new SubjectResponse(subject.id(), subject.fullName(), subject.account());
	}

	/** A recorded subject. */
	record SubjectResponse(UUID id, String fullName, @Nullable String account) {
	}

	@Operation(summary = "Terminate a repeated appeal (REV-11)",
			description = "Only when marked repeated (TERM-6) and the earlier file reached an answer; cites its verification materials and answer.")
	@PostMapping("/appeals/{id}/termination")
	TerminationResponse terminate(CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ReviewPayloads.TerminationRequest request) {
		var appeal = this.reviews.terminateRepeated(id, request.materialsReference(), request.answerReference(), user);
		return new TerminationResponse(appeal.id(), appeal.status().name(), appeal.statusNote());
	}

	/** The terminated appeal's status and reference. */
	record TerminationResponse(UUID appealId, String status, @Nullable String reference) {
	}

	@Operation(summary = "Form the extended commission by the dean's order (REV-6)",
			description = "Refused (409) naming the missing mandatory members for the applicant's type.")
	@PostMapping("/appeals/{id}/commission")
	CommissionView formCommission(CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ReviewPayloads.CommissionRequest request) {
		return this.reviews.formCommission(id, request.toCommand(), user);
	}

	@Operation(summary = "Request documents from a unit (REV-7)")
	@PostMapping("/appeals/{id}/requests")
	RequestView requestDocuments(CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ReviewPayloads.DocumentRequest request) {
		return this.reviews.requestDocuments(id, request.unitName(), request.text(), request.dueOn(), user);
	}

	@Operation(summary = "Attach a unit's response (REV-7)",
			description = "The file is checked like an appeal's files (type from content, size).")
	@PostMapping(path = "/review-requests/{id}/response", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	RequestView attachResponse(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String note,
			@RequestPart(required = false) @Nullable MultipartFile file) throws IOException {
		IncomingFile incoming = file == null || file.isEmpty() ? null
				: new IncomingFile(String.valueOf(file.getOriginalFilename()), file.getBytes());
		return this.reviews.attachResponse(id, note, incoming, user);
	}

	@Operation(summary = "List an argument of the applicant (REV-12)")
	@PostMapping("/appeals/{id}/arguments")
	ArgumentView addArgument(CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ReviewPayloads.ArgumentRequest request) {
		return this.reviews.addArgument(id, request.argument(), user);
	}

	@Operation(summary = "Record the finding on an argument (REV-12)")
	@PostMapping("/arguments/{id}/finding")
	ArgumentView recordFinding(CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ReviewPayloads.FindingRequest request) {
		return this.reviews.recordFinding(id, request.finding(), request.grounds(), user);
	}

	@Operation(summary = "Schedule a meeting with its agenda; the protocol takes the forum's next number")
	@PostMapping("/meetings")
	MeetingView scheduleMeeting(CurrentUser user, @Valid @RequestBody ReviewPayloads.MeetingRequest request) {
		return this.reviews.scheduleMeeting(request.forumKey(), request.date(), request.agenda(), user);
	}

	@Operation(summary = "My agenda: the meetings of the forums I sit in")
	@GetMapping("/meetings")
	List<MeetingView> agenda(CurrentUser user) {
		return this.reviews.agendaOf(user);
	}

	@Operation(summary = "One meeting and its protocol")
	@GetMapping("/meetings/{id}")
	MeetingView meeting(CurrentUser user, @PathVariable UUID id) {
		return this.reviews.meeting(id, user);
	}

	@Operation(summary = "Who sits in the meeting's forum (by name), the names the attendance takes",
			description = "The body's chair, secretary and members from the organization data, or the commission's.")
	@GetMapping("/meetings/{id}/members")
	List<AttendanceView> members(CurrentUser user, @PathVariable UUID id) {
		return this.reviews.membersOf(this.reviews.meeting(id, user));
	}

	@Operation(summary = "Record who was present (by name); the others were absent")
	@PostMapping("/meetings/{id}/attendance")
	MeetingView attendance(CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ReviewPayloads.AttendanceRequest request) {
		return this.reviews.recordAttendance(id, request.present(), user);
	}

	@Operation(summary = "Record the minutes")
	@PostMapping("/meetings/{id}/minutes")
	MeetingView minutes(CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody ReviewPayloads.MinutesRequest request) {
		return this.reviews.recordMinutes(id, request.minutes(), user);
	}

	@Operation(summary = "Record the protocol decision on an agenda item (REV-8..REV-10)",
			description = "The appeal goes to DECIDED; the decision cites the protocol number and date.")
	@PostMapping("/meetings/{id}/decisions/{appealId}")
	DecisionView decide(CurrentUser user, @PathVariable UUID id, @PathVariable UUID appealId,
			@Valid @RequestBody ReviewPayloads.DecisionRequest request) {
		return this.reviews.decide(id, appealId, request.toCommand(), user);
	}

	@Operation(summary = "Mark a measure or recommendation done, with a note (REV-8, REV-10)")
	@PostMapping("/review-actions/{id}/done")
	ActionView done(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ReviewPayloads.DoneRequest request) {
		return this.reviews.completeAction(id, request.note(), user);
	}

	@Operation(
			summary = "Open measures and recommendations this person follows, nearest due date first (REV-8, REV-10)",
			description = "Officials: every one; deans: their school's; executors, secretaries and the responsible "
					+ "person: theirs. overdue is true past the due date; canComplete tells who may mark it done.")
	@GetMapping("/review-actions")
	List<kz.otinish.review.TrackedAction> openActions(CurrentUser user) {
		return this.reviews.openActions(user);
	}

	@Operation(summary = "Change a meeting's agenda before any decision is recorded",
			description = "The protocol number stays. 409 once a decision is recorded or the meeting is cancelled.")
	@PutMapping("/meetings/{id}/agenda")
	MeetingView changeAgenda(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody AgendaRequest request) {
		return this.reviews.updateAgenda(id, request.agenda(), user);
	}

	@Operation(summary = "Cancel a meeting before any decision is recorded",
			description = "The meeting keeps its protocol number (gapless numbering); the protocol records the "
					+ "cancellation and its reason.")
	@PostMapping("/meetings/{id}/cancellation")
	MeetingView cancel(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody CancelRequest request) {
		return this.reviews.cancelMeeting(id, request.reason(), user);
	}

	/** The new agenda: the appeals' ids in order. */
	record AgendaRequest(@jakarta.validation.constraints.NotNull List<UUID> agenda) {
	}

	/** Why the meeting is cancelled. */
	record CancelRequest(@jakarta.validation.constraints.NotBlank String reason) {
	}

}

package kz.otinish.answer.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.otinish.answer.AnswerDraft;
import kz.otinish.answer.AnswerManagement;
import kz.otinish.answer.Delivery;
import kz.otinish.answer.DeliveryMethod;
import kz.otinish.answer.DeliveryRecord;
import kz.otinish.answer.DraftState;
import kz.otinish.answer.Verdict;
import kz.otinish.answer.VerdictKind;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.identity.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Answers",
		description = "The draft answer, its approval or return, delivery (RES-1..RES-3), "
				+ "closing, and the applicant's verdict or complaint (DL-4)")
@RestController
@RequestMapping("/api/v1/appeals/{id}/answer")
class AnswerApi {

	private final AnswerManagement answers;

	private final AppealManagement appeals;

	AnswerApi(AnswerManagement answers, AppealManagement appeals) {
		this.answers = answers;
		this.appeals = appeals;
	}

	@Operation(summary = "The answer of an appeal: every draft version, the delivery and the verdicts",
			description = "404 when the appeal does not exist or is outside the caller's scope. The applicant sees "
					+ "only the approved answer, once delivered.")
	@GetMapping
	AnswerResponse get(CurrentUser user, @PathVariable UUID id) {
		this.appeals.get(id, user);
		// the drafts and their review are internal: an applicant sees the approved answer
		// once delivered
		boolean applicant = user.role().isApplicant();
		boolean delivered = this.answers.delivery(id).isPresent();
		return new AnswerResponse(
				this.answers.drafts(id)
					.stream()
					.filter(draft -> !applicant || delivered && draft.state() == DraftState.APPROVED)
					.map(DraftResponse::of)
					.toList(),
				this.answers.delivery(id).map(DeliveryResponse::of).orElse(null),
				this.answers.verdicts(id).stream().map(VerdictResponse::of).toList());
	}

	@Operation(summary = "Write the next version of the draft answer (the executor or the dean)",
			description = "Only while the appeal is DECIDED and no version is approved; 409 otherwise.")
	@PostMapping("/drafts")
	DraftResponse draft(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody DraftRequest request) {
		return DraftResponse.of(this.answers.submitDraft(id, request.text(), user));
	}

	@Operation(summary = "Approve the newest draft (the dean)")
	@PostMapping("/approve")
	DraftResponse approve(CurrentUser user, @PathVariable UUID id) {
		return DraftResponse.of(this.answers.approve(id, user));
	}

	@Operation(summary = "Return the newest draft to the executor for rework, with a reason (the dean)")
	@PostMapping("/return")
	DraftResponse returnForRework(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ReworkRequest request) {
		return DraftResponse.of(this.answers.returnForRework(id, request.reason(), user));
	}

	@Operation(summary = "Record the delivery of the approved answer (RES-1..RES-3)",
			description = "Students: IN_PERSON (handedOverBy, signedBy) or POST (postAddress, trackingNumber); "
					+ "representatives: POST or IN_PERSON and phoneCallOn; staff: IN_PERSON, and the answer goes to the "
					+ "corporate e-mail. Other methods are refused with 409. The appeal becomes ANSWERED.")
	@PostMapping("/delivery")
	DeliveryResponse deliver(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody DeliveryRequest request) {
		return DeliveryResponse.of(this.answers.recordDelivery(id, request.toRecord(), user));
	}

	@Operation(summary = "Close the appeal after delivery", description = "409 until the delivery is recorded.")
	@PostMapping("/close")
	void close(CurrentUser user, @PathVariable UUID id) {
		this.answers.close(id, user);
	}

	@Operation(summary = "The applicant's verdict: AGREE closes the appeal; DISAGREE or INACTION opens a complaint",
			description = "DL-4: the complaint is registered as an appeal of its own, linked to this one, and goes to "
					+ "the higher official. After the 3-month window it is accepted all the same and flagged late; "
					+ "lateReason is optional (asked for, never required) and shown with the flag to whoever "
					+ "considers the complaint.")
	@PostMapping("/verdict")
	VerdictResponse verdict(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody VerdictRequest request) {
		Verdict verdict = switch (request.verdict()) {
			case AGREE -> this.answers.agree(id, user);
			case DISAGREE -> this.answers.disagree(id, nonNull(request.text()), request.lateReason(), user);
			case INACTION -> this.answers.complainOfInaction(id, nonNull(request.text()), request.lateReason(), user);
		};
		return VerdictResponse.of(verdict);
	}

	private static String nonNull(@Nullable String text) {
		return text == null ? "" : text;
	}

	record DraftRequest(@NotBlank @Size(max = 100000) String text) {
	}

	record ReworkRequest(@NotBlank @Size(max = 4000) String reason) {
	}

	record DeliveryRequest(@NotNull DeliveryMethod method, @NotNull LocalDate deliveredOn,
			@Nullable String handedOverBy, @Nullable String signedBy, @Nullable String postAddress,
			@Nullable String trackingNumber, @Nullable LocalDate phoneCallOn, @Nullable String phoneCallNote) {

		DeliveryRecord toRecord() {
			return new DeliveryRecord(this.method, this.deliveredOn, this.handedOverBy, this.signedBy, this.postAddress,
					this.trackingNumber, this.phoneCallOn, this.phoneCallNote);
		}

	}

	record VerdictRequest(@NotNull VerdictKind verdict, @Size(max = 20000) @Nullable String text,
			@Size(max = 4000) @Nullable String lateReason) {
	}

	record AnswerResponse(List<DraftResponse> drafts, @Nullable DeliveryResponse delivery,
			List<VerdictResponse> verdicts) {
	}

	record DraftResponse(int revision, DraftState state, String text, String writtenBy, Instant writtenAt,
			@Nullable String reviewedBy, @Nullable Instant reviewedAt, @Nullable String returnReason) {

		static DraftResponse of(AnswerDraft draft) {
			return new DraftResponse(draft.revision(), draft.state(), draft.text(), draft.writtenBy(),
					draft.writtenAt(), draft.reviewedBy(), draft.reviewedAt(), draft.returnReason());
		}

	}

	record DeliveryResponse(DeliveryMethod method, LocalDate deliveredOn, @Nullable String handedOverBy,
			@Nullable String signedBy, @Nullable String postAddress, @Nullable String trackingNumber,
			@Nullable LocalDate phoneCallOn, @Nullable String emailTo, @Nullable Instant emailSentAt,
			LocalDate complaintUntil) {

		static DeliveryResponse of(Delivery delivery) {
			return new DeliveryResponse(delivery.method(), delivery.deliveredOn(), delivery.handedOverBy(),
					delivery.signedBy(), delivery.postAddress(), delivery.trackingNumber(), delivery.phoneCallOn(),
					delivery.emailTo(), delivery.emailSentAt(), delivery.complaintUntil());
		}

	}

	record VerdictResponse(VerdictKind verdict, Instant saidAt, @Nullable UUID complaintAppealId,
			@Nullable LocalDate windowEndsOn, boolean late, @Nullable String lateReason,
			@Nullable String higherOfficial) {

		static VerdictResponse of(Verdict verdict) {
			return new VerdictResponse(verdict.kind(), verdict.saidAt(), verdict.complaintAppealId(),
					verdict.windowEndsOn(), verdict.late(), verdict.lateReason(), verdict.higherOfficial());
		}

	}

}

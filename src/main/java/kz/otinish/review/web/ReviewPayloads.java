package kz.otinish.review.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.otinish.review.ActionKind;
import kz.otinish.review.CommissionMember;
import kz.otinish.review.Finding;
import kz.otinish.review.MemberKind;
import kz.otinish.review.NewAction;
import kz.otinish.review.NewCommission;
import kz.otinish.review.NewDecision;
import kz.otinish.appeal.Outcome;
import org.jspecify.annotations.Nullable;

/** The review API's request bodies; each maps itself to the module's command. */
final class ReviewPayloads {

	private ReviewPayloads() {
	}

	/** REV-1: the body (code) and the executor (username). */
	record RouteRequest(@NotBlank String bodyCode, @NotBlank String executorAccount) {
	}

	/** REV-1, corrected: another body and/or executor, and why. */
	record ReassignRequest(@NotBlank String bodyCode, @NotBlank String executorAccount,
			@NotBlank @Size(max = 2000) String reason) {
	}

	/** Conflict of interest: a person the appeal is about. */
	record SubjectRequest(@Nullable @Size(max = 300) String fullName, @Nullable @Size(max = 100) String account) {
	}

	/** REV-11: references to the earlier file's verification materials and answer. */
	record TerminationRequest(@NotBlank @Size(max = 1000) String materialsReference,
			@NotBlank @Size(max = 1000) String answerReference) {
	}

	record MemberRequest(@NotNull MemberKind kind, @NotBlank @Size(max = 300) String fullName,
			@Nullable @Size(max = 300) String represents) {
	}

	/** REV-6: the dean's order and the members it names. */
	record CommissionRequest(@NotBlank @Size(max = 60) String orderNumber, @NotNull LocalDate orderDate,
			@NotNull List<@Valid MemberRequest> members) {

		NewCommission toCommand() {
			return new NewCommission(this.orderNumber, this.orderDate,
					this.members.stream()
						.map(member -> new CommissionMember(member.kind(), member.fullName(), member.represents()))
						.toList());
		}

	}

	/** REV-7: a request to a unit. */
	record DocumentRequest(@NotBlank @Size(max = 300) String unitName, @NotBlank @Size(max = 4000) String text,
			@NotNull LocalDate dueOn) {
	}

	/** REV-12: an argument of the applicant. */
	record ArgumentRequest(@NotBlank @Size(max = 4000) String argument) {
	}

	/** REV-12: the finding on an argument. */
	record FindingRequest(@NotNull Finding finding, @NotBlank @Size(max = 4000) String grounds) {
	}

	/** A meeting of a forum (a body's code or COMMISSION:&lt;id&gt;) with its agenda. */
	record MeetingRequest(@NotBlank String forumKey, @NotNull LocalDate date, @NotEmpty List<UUID> agenda) {
	}

	record AttendanceRequest(@NotNull List<String> present) {
	}

	record MinutesRequest(@NotBlank @Size(max = 20000) String minutes) {
	}

	record ActionRequest(@NotNull ActionKind kind, @NotBlank @Size(max = 300) String addressee,
			@NotBlank @Size(max = 4000) String text, @NotBlank @Size(max = 300) String responsible,
			@NotNull LocalDate dueOn, @Nullable Boolean disciplinary) {

		NewAction toCommand() {
			return new NewAction(this.kind, this.addressee, this.text, this.responsible, this.dueOn,
					Boolean.TRUE.equals(this.disciplinary));
		}

	}

	/** REV-8..REV-10: the protocol decision on an agenda item. */
	record DecisionRequest(@NotNull Outcome outcome, @NotBlank @Size(max = 20000) String reasons,
			@Nullable List<@Valid ActionRequest> actions, @Nullable Boolean untrueRecognized,
			@Nullable @Size(max = 4000) String applicantMeasures, @Nullable @Size(max = 4000) String apology) {

		NewDecision toCommand() {
			return new NewDecision(this.outcome, this.reasons,
					this.actions == null ? List.of() : this.actions.stream().map(ActionRequest::toCommand).toList(),
					Boolean.TRUE.equals(this.untrueRecognized), this.applicantMeasures, this.apology);
		}

	}

	record DoneRequest(@NotBlank @Size(max = 4000) String note) {
	}

}

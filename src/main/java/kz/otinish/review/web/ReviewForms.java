package kz.otinish.review.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.otinish.review.ActionKind;
import kz.otinish.review.CommissionMember;
import kz.otinish.review.MemberKind;
import kz.otinish.review.NewAction;
import kz.otinish.review.NewCommission;
import kz.otinish.review.NewDecision;
import kz.otinish.appeal.Outcome;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the review pages; records with getters for th:field. */
final class ReviewForms {

	private ReviewForms() {
	}

	/** REV-1: body and executor. */
	record Route(@NotBlank String bodyCode, @NotBlank String executorAccount) {

		public String getBodyCode() {
			return this.bodyCode;
		}

		public String getExecutorAccount() {
			return this.executorAccount;
		}

	}

	/** REV-1, corrected: another body and/or executor, and why. */
	record Reassign(@NotBlank String bodyCode, @NotBlank String executorAccount,
			@NotBlank @jakarta.validation.constraints.Size(max = 2000) String reason) {

		public String getBodyCode() {
			return this.bodyCode;
		}

		public String getExecutorAccount() {
			return this.executorAccount;
		}

		public String getReason() {
			return this.reason;
		}

	}

	/** Conflict of interest. */
	record Subject(@Nullable @Size(max = 300) String fullName, @Nullable @Size(max = 100) String account) {

		public @Nullable String getFullName() {
			return this.fullName;
		}

		public @Nullable String getAccount() {
			return this.account;
		}

	}

	/** REV-11. */
	record Terminate(@NotBlank @Size(max = 1000) String materialsReference,
			@NotBlank @Size(max = 1000) String answerReference) {

		public String getMaterialsReference() {
			return this.materialsReference;
		}

		public String getAnswerReference() {
			return this.answerReference;
		}

	}

	/**
	 * REV-6: the dean's order and one name per kind of member; others one per line.
	 */
	record Commission(@NotBlank @Size(max = 60) String orderNumber,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate orderDate,
			@Nullable String youthPolicy, @Nullable String studentDeansOffice, @Nullable String ethicsCouncil,
			@Nullable String tradeUnion, @Nullable String epc, @Nullable String qac, @Nullable String legal,
			@Nullable @Size(max = 4000) String others) {

		NewCommission toCommand() {
			List<CommissionMember> members = new ArrayList<>();
			add(members, MemberKind.YOUTH_POLICY, this.youthPolicy);
			add(members, MemberKind.STUDENT_DEANS_OFFICE, this.studentDeansOffice);
			add(members, MemberKind.ETHICS_COUNCIL, this.ethicsCouncil);
			add(members, MemberKind.TRADE_UNION, this.tradeUnion);
			add(members, MemberKind.EPC, this.epc);
			add(members, MemberKind.QAC, this.qac);
			add(members, MemberKind.LEGAL, this.legal);
			if (this.others != null) {
				this.others.lines().forEach(line -> add(members, MemberKind.OTHER, line));
			}
			return new NewCommission(this.orderNumber, this.orderDate, members);
		}

		private static void add(List<CommissionMember> members, MemberKind kind, @Nullable String name) {
			if (name != null && !name.isBlank()) {
				members.add(new CommissionMember(kind, name.strip(), null));
			}
		}

		public String getOrderNumber() {
			return this.orderNumber;
		}

		public @Nullable LocalDate getOrderDate() {
			return this.orderDate;
		}

		public @Nullable String getYouthPolicy() {
			return this.youthPolicy;
		}

		public @Nullable String getStudentDeansOffice() {
			return this.studentDeansOffice;
		}

		public @Nullable String getEthicsCouncil() {
			return this.ethicsCouncil;
		}

		public @Nullable String getTradeUnion() {
			return this.tradeUnion;
		}

		public @Nullable String getEpc() {
			return this.epc;
		}

		public @Nullable String getQac() {
			return this.qac;
		}

		public @Nullable String getLegal() {
			return this.legal;
		}

		public @Nullable String getOthers() {
			return this.others;
		}

	}

	/** REV-7. */
	record Request(@NotBlank @Size(max = 300) String unitName, @NotBlank @Size(max = 4000) String text,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueOn) {

		public String getUnitName() {
			return this.unitName;
		}

		public String getText() {
			return this.text;
		}

		public @Nullable LocalDate getDueOn() {
			return this.dueOn;
		}

	}

	/** REV-12. */
	record Argument(@NotBlank @Size(max = 4000) String argument) {

		public String getArgument() {
			return this.argument;
		}

	}

	/** A meeting: date and agenda. */
	record Meeting(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			@Nullable List<String> agenda) {

		public @Nullable LocalDate getDate() {
			return this.date;
		}

		public @Nullable List<String> getAgenda() {
			return this.agenda;
		}

	}

	/** The minutes of a meeting. */
	record Minutes(@NotBlank @Size(max = 20000) String minutes) {

		public String getMinutes() {
			return this.minutes;
		}

	}

	/** One measure or recommendation row of the decision form; blank rows are ignored. */
	record ActionRow(@Nullable ActionKind kind, @Nullable String addressee, @Nullable String text,
			@Nullable String responsible, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueOn,
			@Nullable Boolean disciplinary) {

		static ActionRow empty(ActionKind kind) {
			return new ActionRow(kind, "", "", "", null, false);
		}

		boolean filled() {
			return this.text != null && !this.text.isBlank();
		}

		public @Nullable ActionKind getKind() {
			return this.kind;
		}

		public @Nullable String getAddressee() {
			return this.addressee;
		}

		public @Nullable String getText() {
			return this.text;
		}

		public @Nullable String getResponsible() {
			return this.responsible;
		}

		public @Nullable LocalDate getDueOn() {
			return this.dueOn;
		}

		public @Nullable Boolean getDisciplinary() {
			return this.disciplinary;
		}

	}

	/** REV-8..REV-10: the protocol decision on an agenda item. */
	record Decision(@NotNull @Nullable Outcome outcome, @NotBlank @Size(max = 20000) String reasons,
			@Nullable List<ActionRow> actions, @Nullable Boolean untrueRecognized, @Nullable String applicantMeasures,
			@Nullable String apology) {

		static Decision empty() {
			return new Decision(null, "", List.of(ActionRow.empty(ActionKind.MEASURE),
					ActionRow.empty(ActionKind.MEASURE), ActionRow.empty(ActionKind.RECOMMENDATION)), false, "", "");
		}

		NewDecision toCommand() {
			List<NewAction> rows = this.actions == null ? List.of() : this.actions.stream()
				.filter(ActionRow::filled)
				.map(row -> new NewAction(row.kind() == null ? ActionKind.MEASURE : row.kind(),
						String.valueOf(row.addressee()), String.valueOf(row.text()), String.valueOf(row.responsible()),
						row.dueOn() == null ? LocalDate.MAX : row.dueOn(), row.disciplinary()))
				.toList();
			return new NewDecision(this.outcome, this.reasons, rows, Boolean.TRUE.equals(this.untrueRecognized),
					this.applicantMeasures, this.apology);
		}

		public @Nullable Outcome getOutcome() {
			return this.outcome;
		}

		public String getReasons() {
			return this.reasons;
		}

		public @Nullable List<ActionRow> getActions() {
			return this.actions;
		}

		public @Nullable Boolean getUntrueRecognized() {
			return this.untrueRecognized;
		}

		public @Nullable String getApplicantMeasures() {
			return this.applicantMeasures;
		}

		public @Nullable String getApology() {
			return this.apology;
		}

	}

}

package kz.otinish.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kz.otinish.appeal.AppealStatus;
import kz.otinish.shared.Refused;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommissionTests {

	static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

	static final List<MemberKind> MANDATORY = List.of(MemberKind.YOUTH_POLICY, MemberKind.LEGAL);

	static Commission form(AppealStatus status, boolean exists, NewCommission order) {
		return Commission.form(UUID.randomUUID(), "SCH", status, exists, order, MANDATORY, "Dean Dean", "dean", NOW,
				kind -> "label:" + kind);
	}

	static NewCommission order(String number, CommissionMember... members) {
		return new NewCommission(number, LocalDate.of(2026, 12, 1), List.of(members));
	}

	@Test
	@DisplayName("REV-6: formed with every mandatory member, chaired by the dean who forms it; empty names and typed-in chairs dropped")
	void formedWithMandatoryMembers() {
		Commission commission = form(AppealStatus.IN_REVIEW, false,
				order(" 112-ө ", new CommissionMember(MemberKind.YOUTH_POLICY, " Youth Person ", null),
						new CommissionMember(MemberKind.LEGAL, "Lawyer", null),
						new CommissionMember(MemberKind.OTHER, " ", null),
						new CommissionMember(MemberKind.CHAIR, "Someone Else", null)));

		assertThat(commission.orderNumber()).isEqualTo("112-ө");
		assertThat(commission.members()).containsExactly(new CommissionMember(MemberKind.CHAIR, "Dean Dean", null),
				new CommissionMember(MemberKind.YOUTH_POLICY, "Youth Person", null),
				new CommissionMember(MemberKind.LEGAL, "Lawyer", null));
		assertThat(commission.forumKey()).isEqualTo("COMMISSION:" + commission.id());
		assertThat(Commission.idIn(commission.forumKey())).isEqualTo(commission.id());
		assertThat(Commission.idIn("GM1-EPC")).isNull();
	}

	@Test
	@DisplayName("REV-6: refused without a mandatory member, naming the missing kinds")
	void refusedWithoutMandatoryMembers() {
		assertThatThrownBy(() -> form(AppealStatus.IN_REVIEW, false,
				order("112", new CommissionMember(MemberKind.OTHER, "Other", null))))
			.isInstanceOfSatisfying(Refused.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("review.commission.missing");
				assertThat(refused.arguments()).containsExactly("label:YOUTH_POLICY, label:LEGAL");
			});
	}

	@Test
	@DisplayName("REV-6: only for an appeal in review, once, with the order's number")
	void refusedOutOfPlace() {
		NewCommission complete = order("112", new CommissionMember(MemberKind.YOUTH_POLICY, "Y", null),
				new CommissionMember(MemberKind.LEGAL, "L", null));
		assertThatThrownBy(() -> form(AppealStatus.IN_TRIAGE, false, complete))
			.hasFieldOrPropertyWithValue("messageKey", "review.commission.notInReview");
		assertThatThrownBy(() -> form(AppealStatus.IN_REVIEW, true, complete)).hasFieldOrPropertyWithValue("messageKey",
				"review.commission.exists");
		assertThatThrownBy(() -> form(AppealStatus.IN_REVIEW, false, order(" ")))
			.hasFieldOrPropertyWithValue("messageKey", "review.commission.orderMissing");
	}

}

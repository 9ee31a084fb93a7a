package kz.otinish.review;

import java.util.List;
import java.util.Map;

import kz.otinish.appeal.ApplicantType;
import kz.otinish.appeal.Category;
import kz.otinish.organization.BodyType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewSettingsTests {

	ReviewSettings settings = new ReviewSettings(
			Map.of(Category.HOUSING, BodyType.DEANS_OFFICE_COUNCIL, Category.ASSESSMENT, BodyType.EPC,
					Category.TEACHING_QUALITY, BodyType.QAC, Category.BUSINESS_ETHICS, BodyType.ETHICS_COUNCIL),
			BodyType.DEANS_OFFICE_COUNCIL,
			Map.of(ApplicantType.STUDENT, List.of(MemberKind.YOUTH_POLICY, MemberKind.LEGAL), ApplicantType.STAFF,
					List.of(MemberKind.TRADE_UNION)));

	@Test
	@DisplayName("REV-2..REV-5: the suggestion follows the configured mapping; the Ethics Council only for staff; unmapped categories get the default")
	void suggestion() {
		assertThat(this.settings.suggest(Category.HOUSING, ApplicantType.STUDENT))
			.isEqualTo(BodyType.DEANS_OFFICE_COUNCIL);
		assertThat(this.settings.suggest(Category.ASSESSMENT, ApplicantType.STUDENT)).isEqualTo(BodyType.EPC);
		assertThat(this.settings.suggest(Category.TEACHING_QUALITY, ApplicantType.STAFF)).isEqualTo(BodyType.QAC);
		assertThat(this.settings.suggest(Category.BUSINESS_ETHICS, ApplicantType.STAFF))
			.isEqualTo(BodyType.ETHICS_COUNCIL);
		assertThat(this.settings.suggest(Category.BUSINESS_ETHICS, ApplicantType.STUDENT))
			.isEqualTo(BodyType.DEANS_OFFICE_COUNCIL);
		assertThat(this.settings.suggest(Category.OTHER, ApplicantType.STUDENT))
			.isEqualTo(BodyType.DEANS_OFFICE_COUNCIL);
	}

	@Test
	@DisplayName("REV-6: the mandatory members come from configuration per applicant type")
	void mandatoryMembers() {
		assertThat(this.settings.mandatory(ApplicantType.STUDENT)).containsExactly(MemberKind.YOUTH_POLICY,
				MemberKind.LEGAL);
		assertThat(this.settings.mandatory(ApplicantType.STAFF)).containsExactly(MemberKind.TRADE_UNION);
	}

}

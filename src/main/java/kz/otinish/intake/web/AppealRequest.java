package kz.otinish.intake.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.otinish.appeal.Addressee;
import kz.otinish.appeal.Applicant;
import kz.otinish.appeal.ApplicantType;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.CoApplicant;
import kz.otinish.appeal.Funding;
import kz.otinish.appeal.LevelOfStudy;
import kz.otinish.appeal.NewAppeal;
import kz.otinish.appeal.RepresentationReason;
import kz.otinish.appeal.Representative;
import kz.otinish.appeal.StudyForm;
import kz.otinish.appeal.StudyLanguage;
import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/** An appeal filed over the API by the signed-in applicant (the portal channel). */
@Schema(description = "A new appeal. Student fields follow Appendix 1, staff fields Appendix 2 (sop.md INT-9).")
record AppealRequest(@NotNull AppealKind kind, @NotNull ApplicantType applicantType, @NotNull Addressee addressee,
		@NotBlank @Size(max = 30) String schoolCode, @NotNull Category category,
		@NotBlank @Size(max = 300) String subject, @NotBlank @Size(max = 1_000_000) String text,
		@Schema(description = "Language of the appeal; the answer comes in it",
				defaultValue = "KK") @Nullable Language language,
		@NotBlank @Size(max = 300) String fullName, @Nullable LevelOfStudy levelOfStudy,
		@Size(max = 300) @Nullable String speciality, @Min(1) @Max(7) @Nullable Integer yearOfStudy,
		@Nullable StudyLanguage studyLanguage, @Nullable Funding funding, @Nullable StudyForm studyForm,
		@Size(max = 300) @Nullable String workplacePosition, @NotBlank @Size(max = 500) String address,
		@NotBlank @Size(max = 50) String phone, @NotBlank @Email @Size(max = 320) String email,
		@Nullable Boolean confidential,
		@Schema(description = "INT-8: set when a legal representative files for the applicant") @Valid @Nullable RepresentativeRequest representative,
		@Schema(description = "INT-7: the other members of a group application, at most 50") @Valid @Size(
				max = 50) @Nullable List<CoApplicantRequest> coApplicants,
		@Schema(description = "Consent to the processing of personal data (GET /api/v1/consent shows the text): "
				+ "required on the portal; at the desk, that the applicant gave it on paper") @Nullable Boolean consent) {

	record RepresentativeRequest(@NotBlank @Size(max = 300) String fullName, @NotNull RepresentationReason reason,
			@NotBlank @Size(max = 500) String basisDocument) {
	}

	record CoApplicantRequest(@NotBlank @Size(max = 300) String fullName, @Size(max = 300) @Nullable String contact) {
	}

	void validateAppendix(Errors errors) {
		if (this.applicantType == ApplicantType.STUDENT) {
			require(errors, "levelOfStudy", this.levelOfStudy);
			require(errors, "speciality",
					this.speciality == null || this.speciality.isBlank() ? null : this.speciality);
			require(errors, "yearOfStudy", this.yearOfStudy);
			require(errors, "studyLanguage", this.studyLanguage);
			require(errors, "funding", this.funding);
			require(errors, "studyForm", this.studyForm);
		}
		else if (this.applicantType == ApplicantType.STAFF) {
			require(errors, "workplacePosition",
					this.workplacePosition == null || this.workplacePosition.isBlank() ? null : this.workplacePosition);
		}
	}

	/**
	 * The school must be one of the organization's, else the appeal belongs to no dean.
	 */
	void requireKnownSchool(Errors errors, SchoolOptions schools) {
		if (this.schoolCode != null && !this.schoolCode.isBlank() && !schools.exists(this.schoolCode.strip())) {
			errors.rejectValue("schoolCode", "appeal.schoolCode.unknown", new Object[] { this.schoolCode }, null);
		}
	}

	/** Law No. 94-V: filing on the portal needs the applicant's consent. */
	void requireConsent(Errors errors) {
		if (!consentGiven()) {
			errors.rejectValue("consent", "privacy.consent.required");
		}
	}

	boolean consentGiven() {
		return Boolean.TRUE.equals(this.consent);
	}

	private static void require(Errors errors, String field, @Nullable Object value) {
		if (value == null) {
			errors.rejectValue(field, "NotBlank");
		}
	}

	NewAppeal toNewAppeal(CurrentUser user) {
		return toNewAppeal(Channel.PORTAL, user.id(), null);
	}

	NewAppeal toNewAppeal(Channel channel, java.util.@Nullable UUID owner, @Nullable String receivedBy) {
		Applicant applicant = this.applicantType == ApplicantType.STUDENT
				? Applicant.student(this.fullName, this.levelOfStudy, this.speciality, this.yearOfStudy,
						this.studyLanguage, this.funding, this.studyForm, this.address, this.phone, this.email)
				: Applicant.staff(this.fullName, this.workplacePosition, this.address, this.phone, this.email);
		Representative acting = this.representative == null ? null : new Representative(this.representative.fullName(),
				this.representative.reason(), this.representative.basisDocument());
		List<CoApplicant> group = this.coApplicants == null ? List.of()
				: this.coApplicants.stream()
					.map(member -> new CoApplicant(member.fullName(), member.contact()))
					.toList();
		return new NewAppeal(this.kind, channel, applicant, false, Boolean.TRUE.equals(this.confidential), acting,
				group, this.schoolCode, this.addressee, this.category, this.subject, this.text,
				this.language == null ? Language.KK : this.language, owner, receivedBy, null, null);
	}

}

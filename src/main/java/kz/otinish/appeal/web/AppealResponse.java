package kz.otinish.appeal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealDeadline;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.Applicant;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.Registration;
import kz.otinish.calendar.DeadlineKind;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * An appeal as the API shows it; the intake module answers its filing and desk calls with
 * it too.
 */
@NamedInterface("api")
public record AppealResponse(UUID id, @Nullable String registrationNumber, AppealKind kind, AppealStatus status,
		Channel channel, ApplicantResponse applicant, boolean anonymous, boolean confidential,
		@Nullable String schoolCode, String addressee, String category, String subject, String text, String language,
		Instant receivedAt, @Nullable Instant registeredAt, @Nullable LocalDate dueOn, List<DeadlineResponse> deadlines,
		String trackingCode, @Nullable String representative, List<String> coApplicants,
		@Schema(description = "INT-6: the identity document shown at the desk, masked but for the last four characters; "
				+ "only for the applicant and the desk that registers the school's appeals") @Nullable String identityDocument,
		@Schema(description = "The applicant's account the appeal is linked to, if any") @Nullable UUID applicantAccountId) {

	record DeadlineResponse(DeadlineKind kind, String rule, LocalDate startsOn, LocalDate dueOn) {

		static DeadlineResponse of(AppealDeadline deadline) {
			return new DeadlineResponse(deadline.kind(), deadline.rule(), deadline.startsOn(), deadline.dueOn());
		}

	}

	/** Appendix 1 or 2 fields of the applicant; {@code null} where not given. */
	record ApplicantResponse(String type, @Nullable String fullName, @Nullable String levelOfStudy,
			@Nullable String speciality, @Nullable Integer yearOfStudy, @Nullable String studyLanguage,
			@Nullable String funding, @Nullable String studyForm, @Nullable String workplacePosition,
			@Nullable String address, @Nullable String phone, @Nullable String email) {

		static ApplicantResponse of(Applicant a) {
			return new ApplicantResponse(a.type().name(), a.fullName(), name(a.levelOfStudy()), a.speciality(),
					a.yearOfStudy(), name(a.studyLanguage()), name(a.funding()), name(a.studyForm()),
					a.workplacePosition(), a.address(), a.phone(), a.email());
		}

		private static @Nullable String name(@Nullable Enum<?> value) {
			return value == null ? null : value.name();
		}

	}

	/**
	 * The appeal as this caller may see it: the identity document only where
	 * {@code AppealAccessPolicy.seesIdentityNumbers} allows.
	 */
	static AppealResponse of(Appeal appeal, kz.otinish.appeal.AppealAccessPolicy policy,
			kz.otinish.identity.CurrentUser user) {
		AppealResponse response = of(appeal);
		return policy.seesIdentityNumbers(user, appeal) ? response : response.withoutIdentityDocument();
	}

	/**
	 * The same appeal for a caller who may not see the identity document
	 * ({@code AppealAccessPolicy.seesIdentityNumbers}).
	 */
	AppealResponse withoutIdentityDocument() {
		return new AppealResponse(this.id, this.registrationNumber, this.kind, this.status, this.channel,
				this.applicant, this.anonymous, this.confidential, this.schoolCode, this.addressee, this.category,
				this.subject, this.text, this.language, this.receivedAt, this.registeredAt, this.dueOn, this.deadlines,
				this.trackingCode, this.representative, this.coApplicants, null, this.applicantAccountId);
	}

	public static AppealResponse of(Appeal appeal) {
		return new AppealResponse(appeal.id(), appeal.registration().map(Registration::number).orElse(null),
				appeal.kind(), appeal.status(), appeal.channel(), ApplicantResponse.of(appeal.applicant()),
				appeal.anonymous(), appeal.confidential(), appeal.schoolCode(), appeal.addressee().name(),
				appeal.category().name(), appeal.subject(), appeal.text(), appeal.language().name(),
				appeal.receivedAt(), appeal.registration().map(Registration::registeredAt).orElse(null),
				appeal.dueOn().orElse(null), appeal.deadlines().stream().map(DeadlineResponse::of).toList(),
				appeal.trackingCode(),
				appeal.representative().map(r -> r.fullName() + " (" + r.reason() + ")").orElse(null),
				appeal.coApplicants().stream().map(c -> c.fullName()).toList(),
				appeal.identityDocument().map(d -> d.type().name() + " " + d.maskedNumber()).orElse(null),
				appeal.applicantUserId());
	}

}

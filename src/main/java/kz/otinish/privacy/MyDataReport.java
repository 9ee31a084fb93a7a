package kz.otinish.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kz.otinish.appeal.Addressee;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.ApplicantType;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.ConsentBasis;
import kz.otinish.identity.Role;
import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * Everything Otinish holds about one signed-in person: the account, the consents, their
 * appeals with particulars, files and answers, and their notifications.
 */
public record MyDataReport(Instant producedAt, Account account, List<AccountConsent> consents, List<AppealData> appeals,
		List<NotificationData> notifications) {

	/** The account as stored (the password only as a hash, never shown). */
	public record Account(UUID id, String username, String fullName, Role role, @Nullable String schoolCode,
			@Nullable String email, @Nullable String phone, Language language) {
	}

	/** One appeal linked to the account, with what it says about the person. */
	public record AppealData(UUID id, @Nullable String registrationNumber, String trackingCode, AppealKind kind,
			AppealStatus status, Channel channel, Instant receivedAt, @Nullable Instant registeredAt,
			@Nullable LocalDate dueOn, @Nullable String schoolCode, Addressee addressee, Category category,
			String subject, String text, Language language, boolean confidential, ApplicantType applicantType,
			@Nullable String fullName, @Nullable String address, @Nullable String phone, @Nullable String email,
			@Nullable String speciality, @Nullable Integer yearOfStudy, @Nullable String workplacePosition,
			@Nullable String representative, List<String> coApplicants, @Nullable String identityDocument,
			ConsentBasis consentBasis, @Nullable Integer consentVersion, @Nullable Instant anonymisedAt,
			List<FileData> files, @Nullable AnswerData answer) {
	}

	/**
	 * A file that came with an appeal (its content is downloaded from the appeal's page).
	 */
	public record FileData(String fileName, String contentType, long size, Instant uploadedAt) {
	}

	/** The answer the person received. */
	public record AnswerData(String text, LocalDate deliveredOn, String method) {
	}

	/** A notification, as the person read it. */
	public record NotificationData(Instant createdAt, String text, String link, @Nullable Instant readAt) {
	}

}

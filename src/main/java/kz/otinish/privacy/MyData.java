package kz.otinish.privacy;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import kz.otinish.answer.AnswerManagement;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealPersonalData;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.Attachment;
import kz.otinish.appeal.CoApplicant;
import kz.otinish.appeal.Registration;
import kz.otinish.appeal.Representative;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.notification.NoticeTexts;
import kz.otinish.notification.Notification;
import kz.otinish.notification.Notifications;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Law No. 94-V: a person obtains everything Otinish holds about them. Assembled from the
 * modules that own the data; only the person's own records.
 */
@Service
class MyData {

	/** More than any person accumulates; the notification list is not paged here. */
	private static final int ALL_NOTIFICATIONS = 10_000;

	private final Accounts accounts;

	private final Consents consents;

	private final AppealPersonalData appeals;

	private final AnswerManagement answers;

	private final Notifications notifications;

	private final NoticeTexts texts;

	private final Clock clock;

	MyData(Accounts accounts, Consents consents, AppealPersonalData appeals, AnswerManagement answers,
			Notifications notifications, NoticeTexts texts, Clock clock) {
		this.accounts = accounts;
		this.consents = consents;
		this.appeals = appeals;
		this.answers = answers;
		this.notifications = notifications;
		this.texts = texts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	MyDataReport of(CurrentUser user, Locale locale) {
		var account = new MyDataReport.Account(user.id(), user.username(), user.fullName(), user.role(),
				user.schoolCode(), user.email(), user.phone(), this.accounts.preferredLanguage(user.username()));
		var appeals = this.appeals.ofApplicant(user.id()).stream().map(this::appeal).toList();
		var notes = this.notifications.of(user.username(), ALL_NOTIFICATIONS)
			.stream()
			.map(note -> notification(note, locale))
			.toList();
		return new MyDataReport(this.clock.instant(), account, this.consents.accepted(user.id()), appeals, notes);
	}

	private MyDataReport.AppealData appeal(Appeal appeal) {
		var applicant = appeal.applicant();
		var files = this.appeals.files(appeal.id()).stream().map(MyData::file).toList();
		return new MyDataReport.AppealData(appeal.id(), appeal.registration().map(Registration::number).orElse(null),
				appeal.trackingCode(), appeal.kind(), appeal.status(), appeal.channel(), appeal.receivedAt(),
				appeal.registration().map(Registration::registeredAt).orElse(null), appeal.dueOn().orElse(null),
				appeal.schoolCode(), appeal.addressee(), appeal.category(), appeal.subject(), appeal.text(),
				appeal.language(), appeal.confidential(), applicant.type(), applicant.fullName(), applicant.address(),
				applicant.phone(), applicant.email(), applicant.speciality(), applicant.yearOfStudy(),
				applicant.workplacePosition(), appeal.representative().map(Representative::fullName).orElse(null),
				appeal.coApplicants().stream().map(CoApplicant::fullName).toList(),
				appeal.identityDocument().map(document -> document.maskedNumber()).orElse(null), appeal.consentBasis(),
				appeal.consentVersion().orElse(null), appeal.anonymisedAt().orElse(null), files,
				answer(appeal).orElse(null));
	}

	/** The answer once it is in the applicant's hands (never a draft). */
	private Optional<MyDataReport.AnswerData> answer(Appeal appeal) {
		if (appeal.status() != AppealStatus.ANSWERED && appeal.status() != AppealStatus.CLOSED) {
			return Optional.empty();
		}
		return this.answers.delivery(appeal.id())
			.flatMap(delivery -> this.answers.approvedAnswer(appeal.id())
				.map(draft -> new MyDataReport.AnswerData(draft.text(), delivery.deliveredOn(),
						delivery.method().name())));
	}

	private static MyDataReport.FileData file(Attachment file) {
		return new MyDataReport.FileData(file.fileName(), file.contentType(), file.size(), file.uploadedAt());
	}

	private MyDataReport.NotificationData notification(Notification note, Locale locale) {
		String text = this.texts.text(note, locale);
		return new MyDataReport.NotificationData(note.createdAt(), text, note.link(), note.readAt());
	}

}

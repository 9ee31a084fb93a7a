package kz.otinish.notification;

import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.TestSteps;
import kz.otinish.appeal.Outcome;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.answer.AnswerManagement;
import kz.otinish.answer.DeliveryRecord;
import kz.otinish.answer.Verdict;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The answer's notifications against GreenMail's real SMTP server, in the recipient's
 * language, and in the app: draft returned → executor, answer delivered → applicant,
 * complaint registered → the higher official.
 */
@OtinishIntegrationTest
class AnswerNotificationsIntegrationTests {

	static GreenMail greenMail;

	@Autowired
	AlertOnAnswer alerts;

	@Autowired
	Notifications notifications;

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	@Autowired
	AnswerManagement answers;

	@Autowired
	Clock clock;

	CurrentUser dean;

	@BeforeAll
	static void startGreenMail() {
		greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		greenMail.start();
	}

	@AfterAll
	static void stopGreenMail() {
		greenMail.stop();
	}

	@BeforeEach
	void setUp() {
		JavaMailSenderImpl smtp = new JavaMailSenderImpl();
		smtp.setHost("127.0.0.1");
		smtp.setPort(greenMail.getSmtp().getPort());
		this.alerts.useSender(smtp);
		this.dean = this.accounts.ensureAccount("it-notify-dean", "secret", "Декан GM1", Role.DEAN, "GM1", null, null);
		// the vice-rector's account may have switched language in another test: Kazakh
		// here
		this.accounts.prefer("vicerector", kz.otinish.shared.Language.KK);
	}

	@AfterEach
	void resetSender() {
		this.alerts.useSender(null);
	}

	Appeal decided(CurrentUser applicant, kz.otinish.shared.Language language, String executor) {
		var base = AppealFixtures.studentApplication(applicant.id(), "GM1");
		var appeal = new kz.otinish.appeal.NewAppeal(base.kind(), base.channel(),
				kz.otinish.appeal.Applicant.student("Әлия Сейітова", kz.otinish.appeal.LevelOfStudy.BACHELOR,
						"Жалпы медицина", 2, kz.otinish.appeal.StudyLanguage.RUSSIAN, kz.otinish.appeal.Funding.GRANT,
						kz.otinish.appeal.StudyForm.FULL_TIME, "Алматы", null, applicant.email()),
				false, false, null, List.of(), "GM1", base.addressee(), base.category(), base.subject(), base.text(),
				language, applicant.id(), null, null, null);
		Appeal filed = this.appeals.fileOnline(appeal, List.of());
		Instant now = Instant.now();
		this.appeals.performAt(filed.id(), new AppealCommand.StartTriage(), TestSteps.SYSTEM, now);
		this.appeals.performAt(filed.id(), new AppealCommand.Route("DEANS_OFFICE_COUNCIL", executor, "Орындаушы"),
				TestSteps.SYSTEM, now);
		return this.appeals.performAt(filed.id(), TestSteps.decide(Outcome.SATISFIED), TestSteps.SYSTEM, now);
	}

	MimeMessage mailTo(String address) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> List.of(greenMail.getReceivedMessagesForDomain(address)), found -> !found.isEmpty())
			.get(0);
	}

	static String body(MimeMessage message) throws Exception {
		return new String(message.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}

	@Test
	@DisplayName("A draft returned for rework notifies its executor, in the app and by e-mail, with the reason")
	void draftReturnedNotifiesTheExecutor() throws Exception {
		String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
		CurrentUser executor = this.accounts.ensureAccount("it-notify-exec-" + suffix, "secret", "Орындаушы",
				Role.DEANS_OFFICE, "GM1", "exec-" + suffix + "@university.example", null);
		CurrentUser student = this.accounts.ensureAccount("it-notify-st-" + suffix, "secret", "Әлия", Role.STUDENT,
				"GM1", "st-" + suffix + "@example.kz", null);
		Appeal appeal = decided(student, kz.otinish.shared.Language.KK, executor.username());
		this.answers.submitDraft(appeal.id(), "Жоба", executor);
		this.answers.returnForRework(appeal.id(), "Уәжін толықтырыңыз", this.dean);

		MimeMessage mail = mailTo(executor.email());
		String number = appeal.registration().orElseThrow().number();
		assertThat(mail.getSubject()).isEqualTo("Жауап жобасы қайтарылды: № " + number);
		assertThat(body(mail)).contains("Уәжін толықтырыңыз").contains("/appeals/" + appeal.id() + "/answer");
		// the in-app note commits with the listener's transaction, just after the mail is
		// sent
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.notifications.of(executor.username(), 10))
				.anySatisfy(found -> assertThat(found.messageKey()).isEqualTo("notification.answer.returned")));
	}

	@Test
	@DisplayName("RES-1, DL-4: the delivered answer is announced to the applicant in the appeal's language (Russian) with the complaint window; a complaint notifies the vice-rector")
	void deliveredAndComplaintNotifications() throws Exception {
		String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
		CurrentUser student = this.accounts.ensureAccount("it-notify-ru-" + suffix, "secret", "Алия", Role.STUDENT,
				"GM1", "ru-" + suffix + "@example.kz", null);
		Appeal appeal = decided(student, kz.otinish.shared.Language.RU, "it-notify-dean");
		this.answers.submitDraft(appeal.id(), "Ответ", this.dean);
		this.answers.approve(appeal.id(), this.dean);
		LocalDate today = LocalDate.now(this.clock);
		this.answers.recordDelivery(appeal.id(), DeliveryRecord.inPerson(today, "Деканат", "Алия"), this.dean);

		MimeMessage mail = mailTo(student.email());
		String number = appeal.registration().orElseThrow().number();
		assertThat(mail.getSubject()).isEqualTo("Ответ на ваше обращение № " + number);
		assertThat(body(mail))
			.contains(today.plusMonths(3).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))
			.doesNotContain(today.plusMonths(3).toString());
		// the in-app note commits with the listener's transaction, just after the mail is
		// sent
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.notifications.of(student.username(), 10))
				.anySatisfy(found -> assertThat(found.messageKey()).isEqualTo("notification.answer.delivered")));

		Verdict verdict = this.answers.disagree(appeal.id(), "Не согласна", null, student);
		Appeal complaint = this.appeals.find(verdict.complaintAppealId()).orElseThrow();
		String complaintNumber = complaint.registration().orElseThrow().number();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.notifications.of("vicerector", 50)
				.stream()
				.anyMatch(found -> found.link().equals("/appeals/" + complaint.id())));
		MimeMessage toOfficial = await().atMost(Duration.ofSeconds(20))
			.until(() -> List.of(greenMail.getReceivedMessagesForDomain("vicerector@university.example")),
					found -> found.stream().anyMatch(message -> subject(message).contains(complaintNumber)))
			.stream()
			.filter(message -> subject(message).contains(complaintNumber))
			.findFirst()
			.orElseThrow();
		assertThat(toOfficial.getSubject()).isEqualTo("Қарауға шағым: № " + complaintNumber);
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package kz.otinish.answer;

import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.TestSteps;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.LateComplaint;
import kz.otinish.audit.AuditEntry;
import kz.otinish.audit.AuditTrail;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.shared.Language;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The answer end to end, on the shared test database (H2, or PostgreSQL with -Ppostgres):
 * draft and rework, approval, delivery per applicant type, closing only after delivery,
 * the applicant's verdict and DL-4 complaints to the higher official.
 */
@OtinishIntegrationTest
class AnswerIntegrationTests {

	static GreenMail greenMail;

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	@Autowired
	AnswerManagement answers;

	@Autowired
	AnswerByEmail byEmail;

	@Autowired
	AuditTrail audit;

	@Autowired
	Clock clock;

	MockMvc mvc;

	CurrentUser student;

	CurrentUser staff;

	CurrentUser representative;

	CurrentUser dean;

	CurrentUser executor;

	CurrentUser registrar;

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
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.student = this.accounts.ensureAccount("it-answer-student", "secret", "Әлия Сейітова", Role.STUDENT, "GM1",
				"aliya@example.kz", null);
		this.staff = this.accounts.ensureAccount("it-answer-staff", "secret", "Мария Иванова", Role.STAFF, "GM1",
				"m.ivanova@university.example", null);
		this.representative = this.accounts.ensureAccount("it-answer-rep", "secret", "Нұрлан Сейітов",
				Role.REPRESENTATIVE, null, "nurlan@example.kz", null);
		this.dean = this.accounts.ensureAccount("it-answer-dean", "secret", "Декан GM1", Role.DEAN, "GM1", null, null);
		this.executor = this.accounts.ensureAccount("it-answer-executor", "secret", "Орындаушы Асқар",
				Role.DEANS_OFFICE, "GM1", "executor@university.example", null);
		this.registrar = this.accounts.ensureAccount("it-answer-registrar", "secret", "Тіркеуші Айгүл", Role.REGISTRAR,
				null, null, null);
		JavaMailSenderImpl smtp = new JavaMailSenderImpl();
		smtp.setHost("127.0.0.1");
		smtp.setPort(greenMail.getSmtp().getPort());
		this.byEmail.useSender(smtp);
	}

	@AfterEach
	void resetSender() {
		this.byEmail.useSender(null);
	}

	Appeal decided(kz.otinish.appeal.NewAppeal appeal) {
		return AnswerFixtures.decided(this.appeals, appeal, this.executor.username());
	}

	/** Drafted by the executor and approved by the dean. */
	Appeal approved(kz.otinish.appeal.NewAppeal appeal) {
		return approved(AnswerFixtures.decided(this.appeals, appeal, this.executor.username()));
	}

	/** Decided on this day, drafted by the executor and approved by the dean. */
	Appeal approved(kz.otinish.appeal.NewAppeal appeal, LocalDate decidedOn) {
		return approved(AnswerFixtures.decided(this.appeals, appeal, this.executor.username(), decidedOn));
	}

	private Appeal approved(Appeal decided) {
		this.answers.submitDraft(decided.id(), this.answers.template(decided), this.executor);
		this.answers.approve(decided.id(), this.dean);
		return decided;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	List<String> actions(UUID appealId) {
		return this.audit.of(appealId).stream().map(AuditEntry::action).toList();
	}

	String page(String path, CurrentUser as) throws Exception {
		return page(path, as.username());
	}

	String page(String path, String username) throws Exception {
		return this.mvc.perform(get(path).with(user(this.accounts.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	@DisplayName("The dean returns the draft for rework with a reason; every version is kept and audited; only the approved one is delivered")
	void draftReturnedForReworkKeepsEveryVersion() throws Exception {
		Appeal appeal = decided(AnswerFixtures.student(this.student.id()));
		String template = this.answers.template(appeal);
		assertThat(template).contains(appeal.registration().orElseThrow().number())
			.contains("Қанағаттандырылды")
			.contains("Никитина Людмила Павловна")
			.contains("3");

		this.mvc
			.perform(post("/appeals/{id}/answer/draft", appeal.id())
				.with(user(this.accounts.loadUserByUsername(this.executor.username())))
				.with(csrf())
				.param("text", "Бірінші нұсқа"))
			.andExpect(status().is3xxRedirection());
		assertThatThrownBy(() -> this.answers.recordDelivery(appeal.id(),
				DeliveryRecord.inPerson(today(), "Кеңсе", "Әлия Сейітова"), this.registrar))
			.isInstanceOf(Refused.class)
			.hasMessageContaining("answer.refused.notApproved");

		this.mvc
			.perform(post("/appeals/{id}/answer/return", appeal.id())
				.with(user(this.accounts.loadUserByUsername(this.dean.username())))
				.with(csrf())
				.param("reason", "Уәжін толығырақ жазыңыз"))
			.andExpect(status().is3xxRedirection());
		this.answers.submitDraft(appeal.id(), "Екінші нұсқа, уәжімен", this.executor);
		this.answers.approve(appeal.id(), this.dean);

		assertThat(this.answers.drafts(appeal.id()))
			.extracting(AnswerDraft::revision, AnswerDraft::state, AnswerDraft::returnReason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, DraftState.RETURNED, "Уәжін толығырақ жазыңыз"),
					org.assertj.core.groups.Tuple.tuple(2, DraftState.APPROVED, null));
		assertThat(this.answers.approvedAnswer(appeal.id()).orElseThrow().text()).isEqualTo("Екінші нұсқа, уәжімен");
		assertThat(actions(appeal.id())).containsSubsequence("DECIDE", "ANSWER_DRAFTED", "ANSWER_RETURNED",
				"ANSWER_DRAFTED", "ANSWER_APPROVED");
		assertThat(page("/appeals/" + appeal.id() + "/answer", this.dean)).contains("Уәжін толығырақ жазыңыз")
			.contains("Екінші нұсқа, уәжімен");
		this.mvc
			.perform(get("/appeals/{id}/answer", appeal.id())
				.with(user(this.accounts.loadUserByUsername(this.student.username()))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.mvc
			.perform(get("/api/v1/appeals/{id}/answer", appeal.id())
				.with(user(this.accounts.loadUserByUsername(this.student.username()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).as("the applicant does not see internal drafts")
			.doesNotContain("Бірінші нұсқа")
			.doesNotContain("Уәжін толығырақ");
	}

	@Test
	@DisplayName("RES-1: a student's answer handed over in person against signature (date, by whom); the appeal is ANSWERED")
	void studentInPerson() throws Exception {
		Appeal appeal = approved(AnswerFixtures.student(this.student.id()));

		this.mvc
			.perform(post("/appeals/{id}/answer/delivery", appeal.id())
				.with(user(this.accounts.loadUserByUsername(this.registrar.username())))
				.with(csrf())
				.param("method", "IN_PERSON")
				.param("deliveredOn", today().toString())
				.param("handedOverBy", "Тіркеуші Айгүл")
				.param("signedBy", "Әлия Сейітова"))
			.andExpect(status().is3xxRedirection());

		Delivery delivery = this.answers.delivery(appeal.id()).orElseThrow();
		assertThat(delivery.method()).isEqualTo(DeliveryMethod.IN_PERSON);
		assertThat(delivery.signedBy()).isEqualTo("Әлия Сейітова");
		assertThat(delivery.handedOverBy()).isEqualTo("Тіркеуші Айгүл");
		assertThat(delivery.deliveredOn()).isEqualTo(today());
		assertThat(delivery.emailTo()).isNull();
		assertThat(delivery.complaintUntil()).isEqualTo(today().plusMonths(3));
		assertThat(this.appeals.find(appeal.id()).orElseThrow().status()).isEqualTo(AppealStatus.ANSWERED);
		assertThat(this.answers.deliveredElectronically(appeal.id())).isEmpty();
	}

	@Test
	@DisplayName("RES-1: a student's answer sent by post (address, tracking number); without a tracking number refused on the form, typed values kept")
	void studentByPost() throws Exception {
		Appeal appeal = approved(AnswerFixtures.student(this.student.id()));

		String refused = this.mvc
			.perform(post("/appeals/{id}/answer/delivery", appeal.id())
				.with(user(this.accounts.loadUserByUsername(this.dean.username())))
				.with(csrf())
				.param("method", "POST")
				.param("deliveredOn", today().toString())
				.param("postAddress", "Алматы қ., Төле би к-сі, 94"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("ot-error-summary").contains("трек-нөмірді").contains("Төле би к-сі, 94");
		assertThat(this.appeals.find(appeal.id()).orElseThrow().status()).isEqualTo(AppealStatus.DECIDED);

		this.answers.recordDelivery(appeal.id(),
				DeliveryRecord.byPost(today(), "Алматы қ., Төле би к-сі, 94", "RR123456789KZ"), this.dean);
		Delivery delivery = this.answers.delivery(appeal.id()).orElseThrow();
		assertThat(delivery.method()).isEqualTo(DeliveryMethod.POST);
		assertThat(delivery.trackingNumber()).isEqualTo("RR123456789KZ");
		assertThat(this.appeals.find(appeal.id()).orElseThrow().statusNote()).startsWith("RES-1: POST");
	}

	@Test
	@DisplayName("RES-2: a representative's answer by post only with the phone call announcing the date recorded")
	void representativeByPostWithPhoneCall() {
		Appeal appeal = approved(AnswerFixtures.representative(this.representative.id()));
		DeliveryRecord post = DeliveryRecord.byPost(today(), "Алматы қ., Абай д-лы, 1", "RR000111222KZ");

		assertThatThrownBy(() -> this.answers.recordDelivery(appeal.id(), post, this.registrar))
			.isInstanceOf(Refused.class)
			.hasMessageContaining("answer.refused.phoneCall");

		this.answers.recordDelivery(appeal.id(),
				post.withPhoneCall(today(), "Нұрлан Сейітовке жауаптың келетін күні хабарланды"), this.registrar);
		Delivery delivery = this.answers.delivery(appeal.id()).orElseThrow();
		assertThat(delivery.phoneCallOn()).isEqualTo(today());
		assertThat(delivery.phoneCallNote()).contains("хабарланды");
		assertThat(this.appeals.find(appeal.id()).orElseThrow().status()).isEqualTo(AppealStatus.ANSWERED);
	}

	@Test
	@DisplayName("RES-3: a staff member's answer in person against signature and automatically to the corporate e-mail (received by GreenMail); post is refused; public tracking shows the answer")
	void staffInPersonAndByEmail() throws Exception {
		String email = "staff-" + UUID.randomUUID().toString().substring(0, 8) + "@university.example";
		Appeal appeal = decided(AnswerFixtures.staff(this.staff.id(), email, Language.RU));
		this.answers.submitDraft(appeal.id(), "Уважаемая Мария Петровна! Условия труда будут улучшены.", this.executor);
		this.answers.approve(appeal.id(), this.dean);

		assertThatThrownBy(() -> this.answers.recordDelivery(appeal.id(),
				DeliveryRecord.byPost(today(), "Алматы", "RR1"), this.registrar))
			.isInstanceOf(Refused.class)
			.hasMessageContaining("answer.refused.method.STAFF");
		String form = page("/appeals/" + appeal.id() + "/answer", this.registrar);
		assertThat(form).contains("value=\"IN_PERSON\"").doesNotContain("value=\"POST\"");

		this.answers.recordDelivery(appeal.id(), DeliveryRecord.inPerson(today(), "Тіркеуші Айгүл", "Иванова М. П."),
				this.registrar);

		MimeMessage mail = await().atMost(Duration.ofSeconds(20))
			.until(() -> List.of(greenMail.getReceivedMessagesForDomain(email)), found -> !found.isEmpty())
			.get(0);
		String number = appeal.registration().orElseThrow().number();
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
		assertThat(mail.getSubject()).isEqualTo("Ответ на ваше обращение № " + number);
		assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
		assertThat(new String(mail.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
			.contains("Условия труда будут улучшены");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.answers.delivery(appeal.id()).orElseThrow().emailSentAt() != null);
		assertThat(actions(appeal.id())).contains("DELIVER", "ANSWER_EMAILED");
		assertThat(this.answers.deliveredElectronically(appeal.id()))
			.contains("Уважаемая Мария Петровна! Условия труда будут улучшены.");

		String tracked = this.mvc.perform(get("/track").param("number", number).param("code", appeal.trackingCode()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(tracked).contains("Условия труда будут улучшены");
	}

	@Test
	@DisplayName("RES-1..RES-3: an appeal cannot close before its delivery is recorded (refused, 409); after delivery the dean closes it from the page")
	void cannotCloseBeforeDelivery() throws Exception {
		Appeal appeal = approved(AnswerFixtures.student(this.student.id()));

		this.mvc
			.perform(post("/appeals/{id}/answer/close", appeal.id())
				.with(user(this.accounts.loadUserByUsername(this.dean.username())))
				.with(csrf()))
			.andExpect(status().isConflict());
		assertThatThrownBy(() -> this.answers.close(appeal.id(), this.registrar)).isInstanceOf(Refused.class)
			.hasMessageContaining("answer.refused.closeBeforeDelivery");
		assertThat(this.appeals.find(appeal.id()).orElseThrow().status()).isEqualTo(AppealStatus.DECIDED);

		this.answers.recordDelivery(appeal.id(), DeliveryRecord.inPerson(today(), "Деканат", "Әлия Сейітова"),
				this.dean);
		this.mvc
			.perform(post("/appeals/{id}/answer/close", appeal.id())
				.with(user(this.accounts.loadUserByUsername(this.dean.username())))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.appeals.find(appeal.id()).orElseThrow().status()).isEqualTo(AppealStatus.CLOSED);
	}

	@Test
	@DisplayName("DL-4: the applicant agrees from their own appeal page, confirming what it means, and the appeal closes; nobody else can say it for them")
	void applicantAgrees() throws Exception {
		Appeal appeal = approved(AnswerFixtures.student(this.student.id()));
		// before the delivery the page says plainly that the answer is still to come
		assertThat(page("/appeals/" + appeal.id() + "/verdict?lang=en", this.student))
			.contains("The answer has not been delivered yet.")
			.doesNotContain("verdict/agree");
		this.answers.recordDelivery(appeal.id(), DeliveryRecord.inPerson(today(), "Деканат", "Әлия Сейітова"),
				this.dean);
		assertThat(page("/appeals/" + appeal.id() + "/verdict?lang=en", this.student))
			.doesNotContain("The answer has not been delivered yet.");
		assertThatThrownBy(() -> this.answers.agree(appeal.id(), this.dean)).isInstanceOf(NotFound.class);

		// agreeing closes the appeal: one click asks, the second confirms, having said so
		assertThat(page("/appeals/" + appeal.id() + "/verdict", this.student)).contains("/verdict?agree=")
			.doesNotContain("verdict/agree");
		assertThat(page("/appeals/" + appeal.id() + "/verdict?agree=&lang=en", this.student))
			.contains("If you agree, your appeal is closed, and this cannot be undone.")
			.contains("You can still file a complaint against the decision until")
			.contains("verdict/agree");
		assertThat(this.appeals.find(appeal.id()).orElseThrow().status()).as("nothing closed by asking")
			.isEqualTo(AppealStatus.ANSWERED);
		this.mvc
			.perform(post("/appeals/{id}/verdict/agree", appeal.id())
				.with(user(this.accounts.loadUserByUsername(this.student.username())))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.answers.verdicts(appeal.id())).extracting(Verdict::kind).containsExactly(VerdictKind.AGREE);
		assertThat(this.appeals.find(appeal.id()).orElseThrow().status()).isEqualTo(AppealStatus.CLOSED);
		assertThat(actions(appeal.id())).containsSubsequence("DELIVER", "VERDICT_AGREE", "CLOSE");
	}

	@Test
	@DisplayName("DL-4: disagreeing in time opens a complaint: a registered COMPLAINT appeal linked to the original, triaged by the higher official (dean → vice-rector), not late")
	void complaintInTimeGoesToTheHigherOfficial() throws Exception {
		Appeal appeal = approved(AnswerFixtures.student(this.student.id()));
		this.answers.recordDelivery(appeal.id(), DeliveryRecord.inPerson(today(), "Деканат", "Әлия Сейітова"),
				this.dean);

		String redirect = this.mvc
			.perform(post("/appeals/{id}/verdict/complaint", appeal.id())
				.with(user(this.accounts.loadUserByUsername(this.student.username())))
				.with(csrf())
				.param("text", "Шешіммен келіспеймін, бағам әділ қойылмады."))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		Verdict verdict = this.answers.verdicts(appeal.id()).get(0);
		assertThat(verdict.kind()).isEqualTo(VerdictKind.DISAGREE);
		assertThat(verdict.late()).isFalse();
		assertThat(verdict.windowEndsOn()).isEqualTo(today().plusMonths(3));
		assertThat(verdict.higherOfficial()).isEqualTo("VICE-RECTOR");
		assertThat(redirect).isEqualTo("/appeals/" + verdict.complaintAppealId() + "?complaint");

		Appeal complaint = this.appeals.find(verdict.complaintAppealId()).orElseThrow();
		assertThat(complaint.kind()).isEqualTo(AppealKind.COMPLAINT);
		assertThat(complaint.status()).isEqualTo(AppealStatus.REGISTERED);
		assertThat(complaint.registration()).isPresent();
		assertThat(complaint.earlierAppealId()).isEqualTo(appeal.id());
		assertThat(complaint.contestedDecision()).contains("Қанағаттандырылды");
		assertThat(complaint.triageOfficial()).contains("VICE-RECTOR");
		assertThat(complaint.applicantUserId()).isEqualTo(this.student.id());
		assertThat(this.appeals.find(appeal.id()).orElseThrow().status()).isEqualTo(AppealStatus.CLOSED);
		assertThat(actions(appeal.id())).contains("COMPLAINT_FILED");
		assertThat(page("/appeals/" + complaint.id() + "?complaint", this.student)).contains("ot-notice");
	}

	@Test
	@DisplayName("DL-4: a complaint after the 3-month window from delivery is accepted without a reason (a missed window is no reason to refuse), flagged late; the reason, when given, and the flag are on the complaint's page for the higher official")
	void lateComplaintIsAcceptedFlaggedWithReason() throws Exception {
		LocalDate delivered = today().minusMonths(4);
		Appeal appeal = approved(AnswerFixtures.student(this.student.id()), delivered.minusDays(3));
		this.answers.recordDelivery(appeal.id(), DeliveryRecord.inPerson(delivered, "Деканат", "Әлия Сейітова"),
				this.dean);
		assertThat(this.answers.delivery(appeal.id()).orElseThrow().complaintUntil())
			.isEqualTo(delivered.plusMonths(3));

		assertThat(page("/appeals/" + appeal.id() + "/verdict", this.student)).contains("lateReason");
		// no reason typed: accepted all the same
		String redirect = this.mvc
			.perform(post("/appeals/{id}/verdict/complaint", appeal.id())
				.with(user(this.accounts.loadUserByUsername(this.student.username())))
				.with(csrf())
				.param("text", "Келіспеймін."))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Verdict withoutReason = this.answers.verdicts(appeal.id()).get(0);
		assertThat(redirect).isEqualTo("/appeals/" + withoutReason.complaintAppealId() + "?complaint");
		assertThat(withoutReason.late()).isTrue();
		assertThat(withoutReason.lateReason()).isNull();
		Appeal silent = this.appeals.find(withoutReason.complaintAppealId()).orElseThrow();
		assertThat(silent.status()).isEqualTo(AppealStatus.REGISTERED);
		assertThat(silent.lateComplaint()).get()
			.extracting(LateComplaint::windowEndedOn)
			.isEqualTo(delivered.plusMonths(3));
		assertThat(silent.lateComplaint().orElseThrow().reason()).isEmpty();
		String silentPage = page("/appeals/" + silent.id(), "vicerector");
		assertThat(silentPage).contains("id=\"late-complaint\"")
			.contains(delivered.plusMonths(3).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));

		// with a reason: the higher official reads it on the complaint's own page
		Appeal second = approved(AnswerFixtures.student(this.student.id()), delivered.minusDays(3));
		this.answers.recordDelivery(second.id(), DeliveryRecord.inPerson(delivered, "Деканат", "Әлия Сейітова"),
				this.dean);
		Verdict verdict = this.answers.disagree(second.id(), "Келіспеймін.", "Ауруханада емделдім", this.student);
		assertThat(verdict.late()).isTrue();
		assertThat(verdict.lateReason()).isEqualTo("Ауруханада емделдім");
		Appeal complaint = this.appeals.find(verdict.complaintAppealId()).orElseThrow();
		assertThat(complaint.status()).isEqualTo(AppealStatus.REGISTERED);
		assertThat(complaint.lateComplaint().orElseThrow().reason()).contains("Ауруханада емделдім");
		assertThat(this.answers.complaintOrigin(complaint.id())).get().extracting(Verdict::late).isEqualTo(true);
		assertThat(page("/appeals/" + complaint.id(), "vicerector")).contains("id=\"late-complaint\"")
			.contains("Ауруханада емделдім");
		assertThat(page("/appeals/" + complaint.id() + "/answer", this.dean)).contains("Ауруханада емделдім");
		// a complaint within its window carries no flag
		assertThat(page("/appeals/" + appeal.id(), "vicerector")).doesNotContain("late-complaint");
	}

	@Test
	@DisplayName("DL-4: a complaint against inaction (no answer past the due date) goes to the higher official; refused while the appeal is in time")
	void complaintAgainstInaction() {
		Appeal received = this.appeals.receive(AnswerFixtures.student(this.student.id()),
				this.clock.instant().minus(Duration.ofDays(60)));
		Appeal overdue = this.appeals.performAt(received.id(), new AppealCommand.Register(),
				TestSteps.registrar("Кеңсе"), this.clock.instant().minus(Duration.ofDays(60)));
		assertThat(overdue.dueOn().orElseThrow()).isBefore(today());
		Appeal inTime = this.appeals.fileOnline(AnswerFixtures.student(this.student.id()), List.of());
		assertThatThrownBy(() -> this.answers.complainOfInaction(inTime.id(), "Жауап жоқ", null, this.student))
			.isInstanceOf(Refused.class)
			.hasMessageContaining("answer.refused.notOverdue");

		Verdict verdict = this.answers.complainOfInaction(overdue.id(), "Екі ай өтті, жауап жоқ.", null, this.student);

		assertThat(verdict.kind()).isEqualTo(VerdictKind.INACTION);
		assertThat(verdict.late()).isFalse();
		Appeal complaint = this.appeals.find(verdict.complaintAppealId()).orElseThrow();
		assertThat(complaint.kind()).isEqualTo(AppealKind.COMPLAINT);
		assertThat(complaint.earlierAppealId()).isEqualTo(overdue.id());
		assertThat(complaint.triageOfficial()).contains("VICE-RECTOR");
		assertThat(actions(overdue.id())).contains("COMPLAINT_INACTION");
	}

	@Test
	@DisplayName("RES-1..RES-3, DL-4: the API drafts, approves, records delivery and takes the verdict; a refused method is a localized problem+json 409")
	void api() throws Exception {
		Appeal appeal = decided(AnswerFixtures.student(this.student.id()));
		var asExecutor = user(this.accounts.loadUserByUsername(this.executor.username()));
		var asDean = user(this.accounts.loadUserByUsername(this.dean.username()));
		this.mvc
			.perform(post("/api/v1/appeals/{id}/answer/drafts", appeal.id()).with(asExecutor)
				.with(csrf())
				.contentType("application/json")
				.content("{\"text\":\"Жауап мәтіні\"}"))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/appeals/{id}/answer/approve", appeal.id()).with(asDean).with(csrf()))
			.andExpect(status().isOk());
		String problem = this.mvc
			.perform(post("/api/v1/appeals/{id}/answer/delivery", appeal.id()).with(asDean)
				.with(csrf())
				.header("Accept-Language", "en")
				.contentType("application/json")
				.content("{\"method\":\"POST\",\"deliveredOn\":\"" + today() + "\"}"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(problem).contains("tracking number");
		this.mvc
			.perform(post("/api/v1/appeals/{id}/answer/delivery", appeal.id()).with(asDean)
				.with(csrf())
				.contentType("application/json")
				.content("{\"method\":\"IN_PERSON\",\"deliveredOn\":\"" + today()
						+ "\",\"handedOverBy\":\"Деканат\",\"signedBy\":\"Әлия\"}"))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/appeals/{id}/answer/verdict", appeal.id())
				.with(user(this.accounts.loadUserByUsername(this.student.username())))
				.with(csrf())
				.contentType("application/json")
				.content("{\"verdict\":\"AGREE\"}"))
			.andExpect(status().isOk());
		String answer = this.mvc.perform(get("/api/v1/appeals/{id}/answer", appeal.id()).with(asDean))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(answer).contains("\"state\":\"APPROVED\"").contains("\"method\":\"IN_PERSON\"").contains("AGREE");
		this.mvc
			.perform(get("/api/v1/appeals/{id}/answer", appeal.id())
				.with(user(this.accounts.loadUserByUsername(this.staff.username()))))
			.andExpect(status().isNotFound());

		String document = this.mvc.perform(get("/v3/api-docs").with(asDean))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(document).contains("/api/v1/appeals/{id}/answer/delivery")
			.contains("/api/v1/appeals/{id}/answer/verdict")
			.contains("/api/v1/appeals/{id}/answer/drafts")
			.contains("INACTION")
			.doesNotContain("CurrentUser");
	}

	@Test
	@DisplayName("RES-1: a delivery dated before the decision, or in the future, is a 400 problem naming deliveredOn; nothing is recorded")
	void deliveryDatesMustFollowTheDecision() throws Exception {
		Appeal appeal = approved(AnswerFixtures.student(this.student.id()), today().minusDays(2));
		var asDean = user(this.accounts.loadUserByUsername(this.dean.username()));
		for (LocalDate wrong : List.of(today().minusDays(3), today().plusDays(1))) {
			String problem = this.mvc
				.perform(post("/api/v1/appeals/{id}/answer/delivery", appeal.id()).with(asDean)
					.with(csrf())
					.header("Accept-Language", "en")
					.contentType("application/json")
					.content("{\"method\":\"IN_PERSON\",\"deliveredOn\":\"" + wrong
							+ "\",\"handedOverBy\":\"Деканат\",\"signedBy\":\"Әлия\"}"))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(problem).contains("\"field\":\"deliveredOn\"");
		}
		assertThat(this.answers.delivery(appeal.id())).isEmpty();
		this.answers.recordDelivery(appeal.id(), DeliveryRecord.inPerson(today().minusDays(2), "Деканат", "Әлия"),
				this.dean);
		assertThat(this.answers.delivery(appeal.id())).isPresent();
	}

}

package kz.otinish.documents;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.TestMailServer;
import kz.otinish.answer.AnswerManagement;
import kz.otinish.answer.DeliveryRecord;
import kz.otinish.appeal.Addressee;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.Applicant;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.Funding;
import kz.otinish.appeal.LevelOfStudy;
import kz.otinish.appeal.NewAppeal;
import kz.otinish.appeal.StudyForm;
import kz.otinish.appeal.StudyLanguage;
import kz.otinish.audit.AuditEntry;
import kz.otinish.audit.AuditTrail;
import kz.otinish.calendar.WorkingDayCalendar;
import kz.otinish.clock.AppealExtensions;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.review.ArgumentView;
import kz.otinish.review.CommissionMember;
import kz.otinish.review.CommissionView;
import kz.otinish.review.Finding;
import kz.otinish.review.MeetingView;
import kz.otinish.review.MemberKind;
import kz.otinish.review.NewCommission;
import kz.otinish.review.NewDecision;
import kz.otinish.appeal.Outcome;
import kz.otinish.review.ReviewFixtures;
import kz.otinish.review.Reviews;
import kz.otinish.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The letters of the process are issued when the process produces them, driven through
 * the owners' façades (clock, review, answer), never by building the documents' records
 * here: the DL-2 notice, the REV-6 order, the body's protocol and the answer. Each is
 * stored, on the appeal's timeline, and its PDF holds the expected text in the appeal's
 * (or the body's) language; a closed appeal's documents do not change; the pages link
 * them; the applicant gets only the letters addressed to them.
 */
@OtinishIntegrationTest
class ProcessLettersIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	/** Every Kazakh letter that Russian lacks, lower case. */
	private static final String KAZAKH = "әғқңөұүһі";

	@Autowired
	WebApplicationContext context;

	@Autowired
	AppealManagement appeals;

	@Autowired
	Accounts accounts;

	@Autowired
	Reviews reviews;

	@Autowired
	AnswerManagement answers;

	@Autowired
	AppealExtensions extensions;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	Documents documents;

	@Autowired
	AuditTrail audit;

	ReviewFixtures fixtures;

	MockMvc mvc;

	CurrentUser student;

	@BeforeEach
	void setUp() {
		this.fixtures = new ReviewFixtures(this.appeals, this.accounts, this.reviews);
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.student = this.accounts.ensureAccount("it-process-student", "secret", "Дана Ерланқызы Омарова",
				Role.STUDENT, "GM1", "it-process-student@example.kz", null);
	}

	@Test
	@DisplayName("Law 221 art. 10, REV-1, REV-8, REV-10, REV-12, DL-4, RES-3: the protocol is issued when the decision is recorded (again for the next decision at the same meeting), the answer when the dean approves it (\"within 3 months\") and again on delivery with the date; the staff member's e-mail carries the PDF in Russian; a closed appeal keeps its documents")
	void protocolAndAnswerFromTheProcess() throws Exception {
		CurrentUser dean = this.fixtures.dean();
		CurrentUser secretary = this.fixtures.secretary();
		String email = "it-letters-" + UUID.randomUUID().toString().substring(0, 8) + "@university.example";
		Appeal staff = this.appeals.fileOnline(staffAppeal(Language.RU, email), List.of());
		Appeal student = this.appeals.fileOnline(studentAppeal(Language.KK, this.student.id()), List.of());
		for (Appeal appeal : List.of(staff, student)) {
			this.reviews.route(appeal.id(), "GM1-DOC", "member", dean);
		}
		argument(staff, "Нагрузка распределена несправедливо", Finding.CONFIRMED, "Расписание кафедры за ноябрь", dean);
		argument(staff, "Заведующий отказал в отпуске", Finding.NOT_CONFIRMED, "Приказ об отпуске подписан", dean);
		argument(student, "Емтихан бағасы әділетсіз қойылды", Finding.CONFIRMED, "Ведомость пен жұмыс сәйкес емес",
				dean);
		MeetingView meeting = this.reviews.scheduleMeeting("GM1-DOC", LocalDate.now(),
				List.of(staff.id(), student.id()), secretary);
		this.reviews.recordAttendance(meeting.id(),
				this.reviews.membersOf(meeting).stream().map(member -> member.fullName()).toList(), secretary);

		// the first decision: the protocol is issued under both appeals on the agenda
		this.reviews.decide(meeting.id(), staff.id(),
				new NewDecision(Outcome.PARTLY_SATISFIED, "Нагрузку пересчитать с декабря, в отпуске отказано законно.",
						List.of(ReviewFixtures.measure(false), ReviewFixtures.recommendation()), false, null, null),
				secretary);
		IssuedDocument first = await().atMost(WAIT)
			.until(() -> latest(staff.id(), DocumentKind.PROTOCOL), Optional::isPresent)
			.orElseThrow();
		IssuedDocument firstForStudent = await().atMost(WAIT)
			.until(() -> latest(student.id(), DocumentKind.PROTOCOL), Optional::isPresent)
			.orElseThrow();
		assertThat(firstForStudent.sha256()).isEqualTo(first.sha256());
		String protocol = PdfChecks.assertReadable(bytes(first), "№ " + meeting.protocolNumber() + " ХАТТАМА",
				"Деканат кеңесі — Жалпы медицина 1 мектебі", "Оспанова Шолпан Қайратқызы",
				"Әлімжанов Әділет Бауыржанұлы", "Нагрузка распределена несправедливо", "Расталды",
				"Ішінара қанағаттандырылды", "Нагрузку пересчитать с декабря", "Бағаны қайта қарау",
				"Бұл отырыста шешім әлі қабылданған жоқ.");
		assertThat(protocol).contains("Деканат әдіскері").contains("Декан");
		// the meeting page links this protocol; it downloads
		String meetingPage = page("/meetings/" + meeting.id(), "secretary");
		assertThat(meetingPage).contains("/meetings/" + meeting.id() + "/protocol.pdf").contains("Хаттаманы жүктеу");
		assertThat(download("/meetings/" + meeting.id() + "/protocol.pdf", "secretary")).isEqualTo(bytes(first));

		// the answer: approved → issued, stating the window without a date yet
		this.answers.submitDraft(staff.id(),
				"Уважаемая Мария Петровна! Ваше обращение рассмотрено на заседании совета деканата.", dean);
		this.answers.approve(staff.id(), dean);
		IssuedDocument approved = await().atMost(WAIT)
			.until(() -> latest(staff.id(), DocumentKind.ANSWER), Optional::isPresent)
			.orElseThrow();
		String answer = PdfChecks.assertReadable(bytes(approved), "Ответ на обращение",
				"Уважаемая Мария Петровна! Ваше обращение рассмотрено", "Нагрузка распределена несправедливо",
				"Приказ об отпуске подписан", "Обращение удовлетворено частично",
				"Нагрузку пересчитать с декабря, в отпуске отказано законно.", "№ " + meeting.protocol(),
				"Совет деканата — Школа общей медицины 1", "Бағаны қайта қарау", "Проректор Никитина Людмила Павловна",
				"в течение 3 месяцев со дня получения этого ответа");
		assertThat(answer).doesNotContain("обжаловать можно до");
		PdfChecks.png(bytes(approved), "process-answer-ru");
		assertThat(page("/appeals/" + staff.id() + "/answer", "dean"))
			.contains("/appeals/" + staff.id() + "/documents/answer.pdf");

		// delivered in person: the corporate e-mail carries the answer with the window's
		// end
		this.answers.recordDelivery(staff.id(), DeliveryRecord.inPerson(LocalDate.now(), "Деканат", "Иванова М.П."),
				dean);
		LocalDate until = this.answers.delivery(staff.id()).orElseThrow().complaintUntil();
		// the RES-3 e-mail (the applicant's delivery notice goes to the same address)
		byte[] attached = await().atMost(WAIT)
			.until(() -> TestMailServer.to(email)
				.stream()
				.map(ProcessLettersIntegrationTests::pdfAttachment)
				.flatMap(Optional::stream)
				.findFirst(), Optional::isPresent)
			.orElseThrow();
		PdfChecks.assertReadable(attached, "Ответ на обращение", "Обращение удовлетворено частично",
				"Нагрузку пересчитать с декабря", "обжаловать можно до " + DocumentData.DAY.format(until));
		IssuedDocument delivered = latest(staff.id(), DocumentKind.ANSWER).orElseThrow();
		assertThat(delivered.version()).isEqualTo(approved.version() + 1);
		assertThat(attached).isEqualTo(bytes(delivered));
		assertThat(this.audit.of(staff.id())).filteredOn(entry -> entry.action().equals("ISSUE_DOCUMENT"))
			.extracting(AuditEntry::detail)
			.anySatisfy(detail -> assertThat(detail).contains("protocol v1"))
			.anySatisfy(detail -> assertThat(detail).contains("answer v1"))
			.anySatisfy(detail -> assertThat(detail).contains("answer v2"));

		// closed: its documents stay as they are, even when the meeting's protocol grows
		this.answers.close(staff.id(), dean);
		assertThat(this.appeals.find(staff.id()).orElseThrow().status()).isEqualTo(AppealStatus.CLOSED);
		this.reviews.decide(meeting.id(), student.id(),
				new NewDecision(Outcome.SATISFIED,
						"Баға қайта қойылсын: әділ, ғылыми, қатаң, жаңа, өнегелі, ұқыпты, үлгілі, һәм іс.",
						List.of(ReviewFixtures.measure(true)), false, null, null),
				secretary);
		IssuedDocument second = await().atMost(WAIT)
			.until(() -> latest(student.id(), DocumentKind.PROTOCOL),
					found -> found.isPresent() && found.get().version() > firstForStudent.version())
			.orElseThrow();
		String both = PdfChecks.assertReadable(bytes(second), "Нагрузку пересчитать с декабря",
				"Баға қайта қойылсын: әділ, ғылыми, қатаң, жаңа, өнегелі, ұқыпты, үлгілі, һәм іс.",
				"Қанағаттандырылды");
		assertThat(both).doesNotContain("Бұл отырыста шешім әлі қабылданған жоқ.");
		for (char letter : KAZAKH.toCharArray()) {
			assertThat(both).contains(String.valueOf(letter));
		}
		PdfChecks.png(bytes(second), "process-protocol-kk");
		assertThat(latest(staff.id(), DocumentKind.PROTOCOL).orElseThrow().id()).isEqualTo(first.id());
		assertThat(latest(staff.id(), DocumentKind.ANSWER).orElseThrow().id()).isEqualTo(delivered.id());
		// the meeting page now serves the newer protocol
		assertThat(download("/meetings/" + meeting.id() + "/protocol.pdf", "secretary")).isEqualTo(bytes(second));
		// the student's answer, in Kazakh (the appeal's language): they get it on their
		// page
		this.answers.submitDraft(student.id(), "Құрметті Дана Ерланқызы! Өтінішіңіз кеңес отырысында қаралды.", dean);
		this.answers.approve(student.id(), dean);
		IssuedDocument kazakh = await().atMost(WAIT)
			.until(() -> latest(student.id(), DocumentKind.ANSWER), Optional::isPresent)
			.orElseThrow();
		String answerKk = PdfChecks.assertReadable(bytes(kazakh), "Өтінішке жауап",
				"Құрметті Дана Ерланқызы! Өтінішіңіз кеңес отырысында қаралды.", "Емтихан бағасы әділетсіз қойылды",
				"Иә, расталды", "Өтініш қанағаттандырылды",
				"Баға қайта қойылсын: әділ, ғылыми, қатаң, жаңа, өнегелі, ұқыпты, үлгілі, һәм іс.",
				"Деканат кеңесі — Жалпы медицина 1 мектебі", "Проректор Никитина Людмила Павловна",
				"осы жауапты алған күннен бастап 3 ай ішінде");
		for (char letter : KAZAKH.toCharArray()) {
			assertThat(answerKk).contains(String.valueOf(letter));
		}
		PdfChecks.png(bytes(kazakh), "process-answer-kk");
		assertThat(page("/appeals/" + student.id(), "it-process-student"))
			.contains("/appeals/" + student.id() + "/documents/answer.pdf");
		assertThat(download("/api/v1/appeals/" + student.id() + "/documents/answer", "it-process-student"))
			.isEqualTo(bytes(kazakh));
		// the applicant (student) never gets the protocol, which names another appeal
		this.mvc
			.perform(get("/api/v1/appeals/" + student.id() + "/documents/protocol")
				.with(user(this.accounts.loadUserByUsername("it-process-student"))))
			.andExpect(status().isNotFound());
		assertThat(page("/appeals/" + student.id(), "it-process-student")).doesNotContain("protocol.pdf")
			.doesNotContain("protocol-");
		this.mvc
			.perform(get("/api/v1/appeals/" + student.id() + "/documents/protocol")
				.with(user(this.accounts.loadUserByUsername("dean"))))
			.andExpect(status().isOk());
	}

	@Test
	@DisplayName("REV-6: the dean's order is issued when the extended commission is formed, in the appeal's language (Kazakh), linked from the review page, not shown to the applicant")
	void commissionOrderWhenTheCommissionIsFormed() throws Exception {
		CurrentUser dean = this.fixtures.dean();
		Appeal appeal = this.appeals.fileOnline(studentAppeal(Language.KK, this.student.id()), List.of());
		this.reviews.route(appeal.id(), "GM1-DOC", "member", dean);
		String number = "ӨҚ-" + UUID.randomUUID().toString().substring(0, 4);
		CommissionView commission = this.reviews.formCommission(appeal.id(),
				new NewCommission(number, LocalDate.now(),
						List.of(new CommissionMember(MemberKind.YOUTH_POLICY, "Мәмиев Мейрам", null),
								new CommissionMember(MemberKind.STUDENT_DEANS_OFFICE, "Зайцев Сергей", null),
								new CommissionMember(MemberKind.EPC, "Сәрсенбаев Талғат", null),
								new CommissionMember(MemberKind.QAC, "Морозов Олег", null),
								new CommissionMember(MemberKind.LEGAL, "Бейсенов Бауыржан", "Заң бөлімі"),
								new CommissionMember(MemberKind.OTHER, "Ким Алексей", "IT бөлімі"))),
				dean);
		IssuedDocument order = await().atMost(WAIT)
			.until(() -> latest(appeal.id(), DocumentKind.COMMISSION_ORDER), Optional::isPresent)
			.orElseThrow();
		String text = PdfChecks.assertReadable(bytes(order), "№ " + number + " БҰЙРЫҚ", "Оспанова Шолпан Қайратқызы",
				"Мәмиев Мейрам", "Бейсенов Бауыржан", "Заң бөлімі", "Заңгер", "Ким Алексей",
				DocumentData.DAY.format(appeal.dueOn().orElseThrow()));
		assertThat(text).contains("Жалпы медицина");
		assertThat(commission.orderNumber()).isEqualTo(number);
		PdfChecks.png(bytes(order), "process-order-kk");
		assertThat(this.audit.of(appeal.id())).extracting(AuditEntry::action)
			.containsSubsequence("FORM_COMMISSION", "ISSUE_DOCUMENT");
		assertThat(page("/appeals/" + appeal.id() + "/review", "dean"))
			.contains("/appeals/" + appeal.id() + "/documents/commission-order.pdf");
		this.mvc
			.perform(get("/api/v1/appeals/" + appeal.id() + "/documents/commission-order")
				.with(user(this.accounts.loadUserByUsername("it-process-student"))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/appeals/" + appeal.id() + "/documents/commission-order.pdf")
				.with(user(this.accounts.loadUserByUsername("it-process-student"))))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("DL-2: each extension issues its notice in the appeal's language (English), kept as versions, linked from the extension panel and seen by the applicant on their appeal page")
	void extensionNoticeWhenExtended() throws Exception {
		CurrentUser dean = this.fixtures.dean();
		Appeal appeal = this.appeals.fileOnline(studentAppeal(Language.EN, this.student.id()), List.of());
		LocalDate due = appeal.dueOn().orElseThrow();
		LocalDate first = this.calendar.addWorkingDays(due, 3);
		this.extensions.extend(appeal.id(), first, "Awaiting the EPC meeting on the grade, Әлия's case", dean);
		IssuedDocument notice = await().atMost(WAIT)
			.until(() -> latest(appeal.id(), DocumentKind.EXTENSION_NOTICE), Optional::isPresent)
			.orElseThrow();
		PdfChecks.assertReadable(bytes(notice), "Extension of the period for considering your application",
				"Awaiting the EPC meeting on the grade, Әлия's case", DocumentData.DAY.format(due),
				DocumentData.DAY.format(first), "Оспанова Шолпан Қайратқызы", "Dean", "Дана Ерланқызы Омарова");
		PdfChecks.png(bytes(notice), "process-notice-en");
		LocalDate second = this.calendar.addWorkingDays(first, 2);
		this.extensions.extend(appeal.id(), second, "The lawyer's opinion is needed", dean);
		IssuedDocument again = await().atMost(WAIT)
			.until(() -> latest(appeal.id(), DocumentKind.EXTENSION_NOTICE),
					found -> found.isPresent() && found.get().version() == notice.version() + 1)
			.orElseThrow();
		PdfChecks.assertReadable(bytes(again), "The lawyer's opinion is needed", DocumentData.DAY.format(second));
		assertThat(this.documents.issuedFor(appeal)).extracting(IssuedDocument::id).contains(notice.id(), again.id());
		assertThat(page("/appeals/" + appeal.id() + "/extensions/panel", "dean"))
			.contains("/appeals/" + appeal.id() + "/documents/extension-notice.pdf");
		String mine = page("/appeals/" + appeal.id(), "it-process-student");
		assertThat(mine).contains("/appeals/" + appeal.id() + "/documents/extension-notice.pdf");
		assertThat(download("/appeals/" + appeal.id() + "/documents/extension-notice.pdf", "it-process-student"))
			.isEqualTo(bytes(again));
	}

	private void argument(Appeal appeal, String text, Finding finding, String grounds, CurrentUser dean) {
		ArgumentView argument = this.reviews.addArgument(appeal.id(), text, dean);
		this.reviews.recordFinding(argument.id(), finding, grounds, dean);
	}

	private Optional<IssuedDocument> latest(UUID appealId, DocumentKind kind) {
		return this.documents.issuedFor(this.appeals.find(appealId).orElseThrow())
			.stream()
			.filter(document -> document.kind() == kind)
			.max(java.util.Comparator.comparingInt(IssuedDocument::version));
	}

	private byte[] bytes(IssuedDocument document) {
		return this.documents.pdf(document).content();
	}

	private String page(String path, String username) throws Exception {
		return this.mvc.perform(get(path).with(user(this.accounts.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private byte[] download(String path, String username) throws Exception {
		return this.mvc.perform(get(path).with(user(this.accounts.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static Optional<byte[]> pdfAttachment(MimeMessage message) {
		try {
			if (!(message.getContent() instanceof Multipart multipart)) {
				return Optional.empty();
			}
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart part = multipart.getBodyPart(i);
				if (part.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("application/pdf")) {
					return Optional.of(part.getInputStream().readAllBytes());
				}
			}
			return Optional.empty();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static NewAppeal studentAppeal(Language language, UUID owner) {
		Applicant applicant = Applicant.student("Дана Ерланқызы Омарова", LevelOfStudy.BACHELOR, "Жалпы медицина", 3,
				StudyLanguage.KAZAKH, Funding.GRANT, StudyForm.FULL_TIME, "Алматы қ., Абай д-лы, 10",
				"+7 701 555 00 11", "it-process-student@example.kz");
		return new NewAppeal(AppealKind.APPLICATION, Channel.PORTAL, applicant, false, false, null, List.of(), "GM1",
				Addressee.DEAN, Category.ASSESSMENT, "Емтихан бағасын қайта қарау", "Бағамды қайта қарауды сұраймын.",
				language, owner, null, null, null);
	}

	private static NewAppeal staffAppeal(Language language, String email) {
		return new NewAppeal(AppealKind.APPLICATION, Channel.PORTAL,
				Applicant.staff("Иванова Мария Петровна", "Доцент кафедры анатомии", "Алматы, ул. Толе би, 94",
						"+7 701 111 22 33", email),
				false, false, null, List.of(), "GM1", Addressee.DEAN, Category.RESOURCES_AND_CONDITIONS,
				"Распределение учебной нагрузки", "Прошу пересмотреть распределение нагрузки.", language, null, null,
				null, null);
	}

}

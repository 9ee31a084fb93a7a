package kz.otinish.documents;

import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.TestSteps;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Addressee;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Applicant;
import kz.otinish.appeal.ApplicantType;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.NewAppeal;
import kz.otinish.appeal.StateBodyForwarding;
import kz.otinish.audit.AuditEntry;
import kz.otinish.audit.AuditTrail;
import kz.otinish.documents.AnswerLetter.ComplaintRight;
import kz.otinish.documents.AnswerLetter.Finding;
import kz.otinish.documents.AnswerLetter.Outcome;
import kz.otinish.documents.AnswerLetter.ProtocolReference;
import kz.otinish.documents.CommissionOrder.MandatoryRole;
import kz.otinish.documents.CommissionOrder.Member;
import kz.otinish.documents.MeetingProtocol.AgendaItem;
import kz.otinish.documents.MeetingProtocol.Attendee;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.shared.Language;
import kz.otinish.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

import static kz.otinish.documents.PdfChecks.KAZAKH_LETTERS;
import static kz.otinish.documents.PdfChecks.assertReadable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The documents other modules supply the data for (DL-2 notice, the answer, protocols,
 * REV-6 orders) and the documents issued by themselves on registration, return and
 * forwarding.
 */
@OtinishIntegrationTest
class LettersIntegrationTests {

	static final LocalDate DAY = LocalDate.of(2026, 11, 25);

	@LocalServerPort
	int port;

	@Autowired
	Documents documents;

	@Autowired
	AppealManagement appeals;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditTrail audit;

	@Autowired
	Clock clock;

	@Autowired
	PlatformTransactionManager transactions;

	CurrentUser student;

	CurrentUser dean;

	@BeforeEach
	void accounts() {
		this.student = this.accounts.ensureAccount("it-letters-student", "secret", "Әлия Нұрланқызы Сейітова",
				Role.STUDENT, "GM1", "aliya@example.kz", null);
		this.dean = this.accounts.ensureAccount("it-letters-dean", "secret", "Ғалия Өмірқызы Үсенова", Role.DEAN, "GM1",
				null, null);
	}

	/** A registered appeal in this language, before a body (IN_REVIEW). */
	Appeal inReview(Language language) {
		Appeal appeal = this.appeals.fileOnline(new NewAppeal(AppealKind.COMPLAINT, Channel.PORTAL,
				AppealFixtures.student(), false, false, null, List.of(), "GM1", Addressee.DEAN, Category.ASSESSMENT,
				"Емтихан бағасын қайта қарау / Пересмотр оценки / Grade review", "Мәтін.", language, this.student.id(),
				null, null, null), List.of());
		this.appeals.performAt(appeal.id(), new AppealCommand.StartTriage(), TestSteps.SYSTEM, this.clock.instant());
		return this.appeals.performAt(appeal.id(), TestSteps.route("EPC"), TestSteps.SYSTEM, this.clock.instant());
	}

	static String number(Appeal appeal) {
		return appeal.registration().orElseThrow().number();
	}

	static Signatory dean() {
		return new Signatory("Ғалия Өмірқызы Үсенова", "Медицина мектебінің деканы");
	}

	ExtensionNotice notice(Appeal appeal, Language language, String reason) {
		return new ExtensionNotice(language, number(appeal), DAY.minusDays(10), "Әлия Нұрланқызы Сейітова",
				"Алматы қ., Төле би к-сі, 94", appeal.subject(), DAY.plusDays(5), DAY.plusDays(20), reason, dean(),
				DAY);
	}

	AnswerLetter answer(Appeal appeal, Language language, String decision) {
		return new AnswerLetter(language, number(appeal), DAY.minusDays(12), "Әлия Нұрланқызы Сейітова",
				"Әлия Нұрланқызы Сейітова, Алматы қ., Төле би к-сі, 94", appeal.subject(),
				"Білім беру бағдарламалары комитеті емтихан ведомосын, бағалау критерийлерін тексерді: "
						+ KAZAKH_LETTERS,
				List.of(new Finding("Емтихан сұрақтары силлабусқа сәйкес келмеді", true,
						"Силлабус пен емтихан билеттерін салыстыру актісі"),
						new Finding("Бағалау критерийлері алдын ала хабарланбады", false,
								"Критерийлер порталда 01.09.2026 жарияланған")),
				Outcome.PARTLY_SATISFIED, decision,
				new ProtocolReference("Білім беру бағдарламалары комитеті", "EPC-GM1-2026-7", DAY.minusDays(2)),
				List.of("Емтиханды қайта тапсыруға рұқсат беру", "Емтихан билеттерін силлабусқа сәйкестендіру"),
				new ComplaintRight(
						new Signatory("Ерлан Қуанышұлы Оспанов", "Академиялық мәселелер жөніндегі проректор"),
						DAY.plusMonths(3)),
				null, DAY, "ШЫҒ-15/204");
	}

	@Test
	@DisplayName("DL-2: the extension notice holds the old and new due date, the reason and who extended it, in the appeal's language; the same data again gives the stored bytes")
	void extensionNotice() {
		Appeal appeal = inReview(Language.KK);
		IssuedDocument issued = this.documents.issue(appeal.id(),
				notice(appeal, Language.KK, "Қосымша құжаттар сұратылды: " + KAZAKH_LETTERS), "Ғалия Үсенова");
		Pdf pdf = this.documents.latestPdf(appeal.id(), DocumentKind.EXTENSION_NOTICE).orElseThrow();
		assertReadable(pdf.content(), "Өтінішті қарау мерзімін ұзарту туралы", number(appeal), "Бұрынғы мерзім",
				"30.11.2026", "Жаңа мерзім", "15.12.2026", "Ұзарту себебі",
				"Қосымша құжаттар сұратылды: " + KAZAKH_LETTERS, "Медицина мектебінің деканы", "Ғалия Өмірқызы Үсенова",
				"Әлия Нұрланқызы Сейітова");
		PdfChecks.png(pdf.content(), "extension-notice-kk");
		assertThat(pdf.sha256()).isEqualTo(issued.sha256()).isEqualTo(Documents.sha256(pdf.content()));

		IssuedDocument again = this.documents.issue(appeal.id(),
				notice(appeal, Language.KK, "Қосымша құжаттар сұратылды: " + KAZAKH_LETTERS), "Ғалия Үсенова");
		assertThat(again.id()).isEqualTo(issued.id());
		assertThat(this.documents.download(appeal.id(), DocumentKind.EXTENSION_NOTICE, this.student).content())
			.isEqualTo(pdf.content());
		assertThat(this.documents.available(appeal)).contains(DocumentKind.EXTENSION_NOTICE);
		assertThat(this.audit.of(appeal.id())).filteredOn(entry -> "ISSUE_DOCUMENT".equals(entry.action()))
			.extracting(AuditEntry::detail)
			.anySatisfy(detail -> assertThat(detail).startsWith("extension-notice v1 SHA-256 " + issued.sha256()));

		Appeal russian = inReview(Language.RU);
		this.documents.issue(russian.id(), notice(russian, Language.RU, "Запрошены документы у кафедры"), "Декан");
		assertReadable(this.documents.latestPdf(russian.id(), DocumentKind.EXTENSION_NOTICE).orElseThrow().content(),
				"О продлении срока рассмотрения обращения", "Прежний срок", "Новый срок", "Причина продления",
				"Запрошены документы у кафедры", "15.12.2026");
		Appeal english = inReview(Language.EN);
		byte[] en = this.documents
			.pdf(this.documents.issue(english.id(),
					notice(english, Language.EN, "Documents were requested from the department"), "Dean"))
			.content();
		assertReadable(en, "Extension of the period for considering your application", "Previous due date",
				"New due date", "Documents were requested from the department");
		PdfChecks.png(en, "extension-notice-en");
	}

	@Test
	@DisplayName("DL-2: four different notices issued at once for one appeal are all stored, as versions 1 to 4: an issue that loses the race for the next version runs again")
	void concurrentIssuesOfOneDocument() throws Exception {
		Appeal appeal = inReview(Language.KK);
		TransactionTemplate own = new TransactionTemplate(this.transactions);
		own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<IssuedDocument>> issued = new ArrayList<>();
			for (int i = 1; i <= 4; i++) {
				ExtensionNotice notice = notice(appeal, Language.KK, "Қосымша құжат № " + i + " сұратылды");
				issued.add(threads.submit(() -> {
					start.await();
					return IssueRetry.run(own, () -> this.documents.issue(appeal.id(), notice, "Ғалия Үсенова"));
				}));
			}
			start.countDown();
			List<Integer> versions = new ArrayList<>();
			for (Future<IssuedDocument> document : issued) {
				versions.add(document.get(2, TimeUnit.MINUTES).version());
			}
			assertThat(versions).containsExactlyInAnyOrder(1, 2, 3, 4);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.documents.issuedFor(appeal))
			.filteredOn(document -> document.kind() == DocumentKind.EXTENSION_NOTICE)
			.extracting(IssuedDocument::version)
			.containsExactlyInAnyOrder(1, 2, 3, 4);
	}

	@Test
	@DisplayName("Law 221 art. 10, DL-4, RES-3: the answer holds reasons, findings per argument, the decision, its protocol, measures and the right to complain (to whom, by when), in kk/ru/en; its PDF is there for the e-mail")
	void answer() {
		Appeal appeal = inReview(Language.KK);
		IssuedDocument issued = this.documents.issue(appeal.id(),
				answer(appeal, Language.KK, "Өтініш ішінара қанағаттандырылсын; емтихан қайта өткізілсін."), "Ғалия");
		byte[] kk = this.documents.answerPdf(appeal.id()).orElseThrow().content();
		assertThat(Documents.sha256(kk)).isEqualTo(issued.sha256());
		assertReadable(kk, "Өтінішке жауап", number(appeal), "Негіздеме", KAZAKH_LETTERS,
				"Әрбір дәлел бойынша тексеру нәтижелері", "Емтихан сұрақтары силлабусқа сәйкес келмеді", "Иә, расталды",
				"Бағалау критерийлері алдын ала хабарланбады", "Жоқ, расталмады", "Өтініш ішінара қанағаттандырылды",
				"Өтініш ішінара қанағаттандырылсын; емтихан қайта өткізілсін.", "EPC-GM1-2026-7", "23.11.2026",
				"Емтиханды қайта тапсыруға рұқсат беру", "Шағым беру құқығы",
				"Академиялық мәселелер жөніндегі проректор Ерлан Қуанышұлы Оспанов", "25.02.2027", "ШЫҒ-15/204");
		PdfChecks.png(kk, "answer-kk");
		// no signatory supplied: the school's dean from the organization signs
		assertThat(PdfChecks.text(kk)).contains("Декан");

		Appeal russian = inReview(Language.RU);
		byte[] ru = this.documents
			.pdf(this.documents.issue(russian.id(), answer(russian, Language.RU, "Частично удовлетворить."), "Декан"))
			.content();
		assertReadable(ru, "Ответ на обращение", "Результаты проверки по каждому доводу", "Да, подтвердился",
				"Обращение удовлетворено частично", "Право на обжалование", "вышестоящему должностному лицу",
				"25.02.2027");
		PdfChecks.png(ru, "answer-ru");
		Appeal english = inReview(Language.EN);
		byte[] en = this.documents
			.pdf(this.documents.issue(english.id(), answer(english, Language.EN, "Partly satisfied."), "Dean"))
			.content();
		assertReadable(en, "Answer to your application", "Findings on each argument", "No, not confirmed",
				"The application is partly satisfied", "Your right to complain", "until 25.02.2027");
	}

	@Test
	@DisplayName("A closed appeal's documents cannot change: the same data gives the stored answer, changed data or a new document is refused")
	void closedAppealIsImmutable() {
		Appeal appeal = inReview(Language.KK);
		IssuedDocument issued = this.documents.issue(appeal.id(), answer(appeal, Language.KK, "Шешім 1."), "Ғалия");
		IssuedDocument second = this.documents.issue(appeal.id(), answer(appeal, Language.KK, "Шешім 2."), "Ғалия");
		assertThat(second.version()).isEqualTo(2);
		this.appeals.performAt(appeal.id(), TestSteps.decide(kz.otinish.appeal.Outcome.PARTLY_SATISFIED),
				TestSteps.SYSTEM, this.clock.instant());
		this.appeals.performAt(appeal.id(), new AppealCommand.Deliver("EMAIL"), TestSteps.SYSTEM, this.clock.instant());
		this.appeals.performAt(appeal.id(), new AppealCommand.Close(), TestSteps.SYSTEM, this.clock.instant());

		assertThat(this.documents.issue(appeal.id(), answer(appeal, Language.KK, "Шешім 2."), "Ғалия").id())
			.isEqualTo(second.id());
		assertThatThrownBy(
				() -> this.documents.issue(appeal.id(), answer(appeal, Language.KK, "Шешім 3 — өзгертілген."), "Ғалия"))
			.isInstanceOf(Refused.class)
			.hasMessageStartingWith("documents.refused.final");
		assertThatThrownBy(() -> this.documents.issue(appeal.id(), notice(appeal, Language.KK, "Кеш."), "Ғалия"))
			.isInstanceOf(Refused.class);
		assertThat(this.documents.issuedFor(appeal)).filteredOn(document -> document.kind() == DocumentKind.ANSWER)
			.extracting(IssuedDocument::id)
			.containsExactly(issued.id(), second.id());
		assertThat(this.documents.answerPdf(appeal.id()).orElseThrow().sha256()).isEqualTo(second.sha256());
	}

	@Test
	@DisplayName("REV-1..REV-10: a body's protocol lists attendance, the agenda and per item the findings and decision; stored once per appeal on its agenda with the same bytes; served by the API")
	void protocol() {
		Appeal first = inReview(Language.KK);
		Appeal second = inReview(Language.KK);
		MeetingProtocol protocol = new MeetingProtocol(Language.KK,
				"Медицина мектебінің білім беру бағдарламалары комитеті", "7", 2026, DAY,
				"Төле би к-сі, 94, 305-аудитория", dean(), new Signatory("Һәрина Іңкәрқызы Әбенова", "Комитет хатшысы"),
				List.of(new Attendee(dean(), true), new Attendee(new Signatory("Өмірзақ Ұлықбекұлы", "Доцент"), true),
						new Attendee(new Signatory("Ирина Петрова", "Профессор"), false)),
				List.of(new AgendaItem(first.id(), number(first), "Емтихан бағасы",
						"Ведомость тексерілді: " + KAZAKH_LETTERS, "Өтініш ішінара қанағаттандырылсын.",
						"қолдайды 2, қарсы 0"),
						new AgendaItem(second.id(), number(second), "Силлабус", "Силлабус қаралды.",
								"Өтінішті қанағаттандырудан бас тартылсын.", null)));
		List<IssuedDocument> issued = this.documents.issue(protocol, "Һәрина Әбенова");
		assertThat(issued).extracting(IssuedDocument::appealId).containsExactly(first.id(), second.id());
		assertThat(issued.get(0).sha256()).isEqualTo(issued.get(1).sha256());
		byte[] pdf = this.documents.pdf(issued.get(0)).content();
		assertReadable(pdf, "№ 7 ХАТТАМА (2026)", "Медицина мектебінің білім беру бағдарламалары комитеті",
				"Төле би к-сі, 94, 305-аудитория", "Төраға", "Хатшы", "Һәрина Іңкәрқызы Әбенова", "қатысты",
				"қатыспады", "Ирина Петрова", "Күн тәртібі", number(first), number(second),
				"Ведомость тексерілді: " + KAZAKH_LETTERS, "Өтінішті қанағаттандырудан бас тартылсын.",
				"Дауыс беру: қолдайды 2, қарсы 0");
		PdfChecks.png(pdf, "protocol-kk");
		assertThat(this.documents.issue(protocol, "Һәрина Әбенова")).extracting(IssuedDocument::id)
			.containsExactlyElementsOf(issued.stream().map(IssuedDocument::id).toList());
		// the protocol names other appeals: staff get it, not the applicant
		assertThat(get("/api/v1/appeals/" + second.id() + "/documents/protocol", "it-letters-dean")).isEqualTo(pdf);

		Appeal english = inReview(Language.EN);
		byte[] en = this.documents
			.pdf(this.documents.issue(new MeetingProtocol(Language.EN, "Dean's office council", "3", 2026, DAY, null,
					new Signatory("Galiya Usenova", "Dean"), new Signatory("Anna Lee", "Secretary"),
					List.of(new Attendee(new Signatory("Galiya Usenova", "Dean"), true)),
					List.of(new AgendaItem(english.id(), number(english), "Housing", "Checked.", "Satisfied.", null))),
					"Anna Lee")
				.get(0))
			.content();
		assertReadable(en, "MINUTES No. 3 (2026)", "Attendance", "Agenda", "Heard and found", "Decided");
		Appeal russian = inReview(Language.RU);
		byte[] ru = this.documents
			.pdf(this.documents
				.issue(new MeetingProtocol(
						Language.RU, "Совет деканата", "4", 2026, DAY, null, new Signatory("Ғалия Үсенова", "Декан"),
						new Signatory("Анна Ли", "Секретарь"), List.of(), List.of(new AgendaItem(russian.id(),
								number(russian), "Общежитие", "Проверено.", "Удовлетворить.", null))),
						"Анна Ли")
				.get(0))
			.content();
		assertReadable(ru, "ПРОТОКОЛ № 4 (2026)", "Повестка дня", "Слушали и установили", "Решили");
	}

	@Test
	@DisplayName("REV-6: the dean's order forming an extended commission names the chair, each member with position, unit and mandatory role, and the deadline")
	void commissionOrder() {
		Appeal appeal = inReview(Language.KK);
		CommissionOrder order = new CommissionOrder(Language.KK, "ҚБ-42", DAY, "Медицина мектебі", number(appeal),
				appeal.subject(), dean(),
				List.of(new Member("Айгүл Серікқызы", "Бас маман", "Жастар саясаты департаменті",
						MandatoryRole.YOUTH_POLICY),
						new Member("Дәурен Өтебаев", "Маман", "Студенттер деканаты",
								MandatoryRole.STUDENT_DEANS_OFFICE),
						new Member("Нұрғиса Ізбасар", "Төраға", "Білім беру бағдарламалары комитеті",
								MandatoryRole.EPC),
						new Member("Һадия Қасымова", "Төраға", "Сапаны қамтамасыз ету комитеті", MandatoryRole.QAC),
						new Member("Бақыт Үмбетов", "Заңгер", "Заң бөлімі", MandatoryRole.LAWYER),
						new Member("Ерік Ғалиев", "Доцент", "Анатомия кафедрасы", null)),
				DAY.plusDays(10));
		IssuedDocument issued = this.documents.issue(appeal.id(), order, "Ғалия Үсенова");
		byte[] pdf = this.documents.download(appeal.id(), DocumentKind.COMMISSION_ORDER, this.dean).content();
		assertThat(Documents.sha256(pdf)).isEqualTo(issued.sha256());
		assertReadable(pdf, "№ ҚБ-42 БҰЙРЫҚ", "Кеңейтілген комиссия құру туралы", "БҰЙЫРАМЫН", number(appeal),
				"Комиссия төрағасы", "Ғалия Өмірқызы Үсенова", "Жастар саясаты департаментінің қызметкері",
				"Студенттер деканатының қызметкері", "Білім беру бағдарламалары комитетінің өкілі",
				"Сапаны қамтамасыз ету комитетінің өкілі", "Заңгер", "Басқа бөлімшенің қызметкері", "Һадия Қасымова",
				"05.12.2026");
		PdfChecks.png(pdf, "commission-order-kk");
		Appeal russian = inReview(Language.RU);
		assertReadable(
				this.documents.pdf(this.documents.issue(russian.id(),
						new CommissionOrder(Language.RU, "42", DAY, "Школа медицины", number(russian), "Оценка",
								new Signatory("Ғалия Үсенова", "Декан"),
								List.of(new Member("Ольга Ким", "Юрист", "Юридический отдел", MandatoryRole.LAWYER)),
								DAY.plusDays(10)),
						"Декан"))
					.content(),
				"ПРИКАЗ № 42", "ПРИКАЗЫВАЮ", "Юрист", "05.12.2026");
		Appeal english = inReview(Language.EN);
		assertReadable(
				this.documents.pdf(this.documents.issue(english.id(),
						new CommissionOrder(Language.EN, "42", DAY, "School of Medicine", number(english), "Grade",
								new Signatory("Galiya Usenova", "Dean"),
								List.of(new Member("Olga Kim", "Lawyer", "Legal office", MandatoryRole.LAWYER)),
								DAY.plusDays(10)),
						"Dean"))
					.content(),
				"ORDER No. 42", "I ORDER", "Mandatory role on the commission", "Lawyer", "05.12.2026");
	}

	@Test
	@DisplayName("TERM-7, DL-3, INT-4: the receipt is issued at registration, the return letter at return, the state body letter at forwarding, each once, without anyone downloading")
	void issuedOnAppealChanges() {
		Appeal received = this.appeals.receive(AppealFixtures.studentApplication(this.student.id(), "GM1"));
		assertThat(this.documents.issuedFor(received)).isEmpty();
		Appeal registered = this.appeals.performAt(received.id(), new AppealCommand.Register(),
				TestSteps.registrar("Тіркеуші Айгүл Өтепова"), this.clock.instant());
		IssuedDocument receipt = awaitIssued(registered, DocumentKind.RECEIPT);
		assertThat(receipt.issuedBy()).isEqualTo("Тіркеуші Айгүл Өтепова");
		assertThat(receipt.version()).isEqualTo(1);

		Appeal returned = this.appeals.returnWithoutConsideration(registered.id(), "Мәселенің мәні жоқ.", this.dean);
		IssuedDocument letter = awaitIssued(returned, DocumentKind.RETURN_LETTER);
		assertThat(letter.issuedBy()).isEqualTo(Documents.SYSTEM);
		assertReadable(this.documents.pdf(letter).content(), "Мәселенің мәні жоқ.");

		Appeal anonymous = this.appeals.receive(new NewAppeal(AppealKind.APPLICATION, Channel.EMAIL,
				Applicant.partial(ApplicantType.STUDENT, null, null, null, "nobody@example.kz"), true, false, null,
				List.of(), "GM1", Addressee.DEAN, Category.OTHER, "Қауіп туралы хабар", "Жатақханада қауіп бар.",
				Language.KK, null, null, null, null));
		this.appeals.performAt(anonymous.id(), new AppealCommand.Register(), TestSteps.registrar("Тіркеуші"),
				this.clock.instant());
		Appeal forwarded = this.appeals.forwardToStateBody(anonymous.id(),
				new StateBodyForwarding("Алматы қаласының Полиция департаменті", this.clock.instant(), "ШЫҒ-78/1",
						"Қарауыңызды сұраймыз."),
				this.dean);
		awaitIssued(forwarded, DocumentKind.STATE_BODY_LETTER);
		awaitIssued(forwarded, DocumentKind.RECEIPT);
		assertThat(this.documents.issuedFor(returned)).extracting(IssuedDocument::kind)
			.containsExactlyInAnyOrder(DocumentKind.RECEIPT, DocumentKind.RETURN_LETTER);
		assertThat(this.documents.issuedFor(forwarded)).extracting(IssuedDocument::kind)
			.containsExactlyInAnyOrder(DocumentKind.RECEIPT, DocumentKind.STATE_BODY_LETTER);
	}

	@Test
	@DisplayName("TERM-7: a download racing the registration listener serves the one stored receipt")
	void downloadRacingTheListener() {
		Appeal appeal = this.appeals.fileOnline(AppealFixtures.studentApplication(this.student.id(), "GM1"), List.of());
		Pdf first = this.documents.download(appeal.id(), DocumentKind.RECEIPT, this.student);
		awaitIssued(appeal, DocumentKind.RECEIPT);
		assertThat(this.documents.issuedFor(appeal)).singleElement()
			.satisfies(document -> assertThat(document.sha256()).isEqualTo(first.sha256()));
	}

	IssuedDocument awaitIssued(Appeal appeal, DocumentKind kind) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> this.documents.issuedFor(appeal).stream().filter(document -> document.kind() == kind).toList(),
					found -> !found.isEmpty())
			.get(0);
	}

	byte[] get(String path) {
		return get(path, "it-letters-student");
	}

	byte[] get(String path, String username) {
		return RestClient.create("http://localhost:" + this.port)
			.get()
			.uri(path)
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((username + ":secret").getBytes(StandardCharsets.UTF_8)))
			.retrieve()
			.body(byte[].class);
	}

}

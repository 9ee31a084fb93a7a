package kz.otinish.documents;

import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.TestSteps;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Addressee;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Applicant;
import kz.otinish.appeal.ApplicantType;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.CoApplicant;
import kz.otinish.appeal.Funding;
import kz.otinish.appeal.LevelOfStudy;
import kz.otinish.appeal.NewAppeal;
import kz.otinish.appeal.RepresentationReason;
import kz.otinish.appeal.Representative;
import kz.otinish.appeal.StateBodyForwarding;
import kz.otinish.appeal.StudyForm;
import kz.otinish.appeal.StudyLanguage;
import kz.otinish.audit.AuditEntry;
import kz.otinish.audit.AuditTrail;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.shared.Language;
import kz.otinish.shared.NotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static kz.otinish.documents.PdfChecks.KAZAKH_LETTERS;
import static kz.otinish.documents.PdfChecks.assertReadable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@OtinishIntegrationTest
class DocumentsIntegrationTests {

	static final String TEXT = "Өтінішімде үш пән бойынша бағаны қайта қарауды сұраймын. Әріптер: " + KAZAKH_LETTERS
			+ ". Прошу пересмотреть оценку. Please review the grade.";

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

	CurrentUser student;

	CurrentUser stranger;

	CurrentUser dean;

	CurrentUser registrar;

	@BeforeEach
	void accounts() {
		this.student = this.accounts.ensureAccount("it-doc-student", "secret", "Әлия Нұрланқызы Сейітова", Role.STUDENT,
				"GM1", "aliya@example.kz", null);
		this.stranger = this.accounts.ensureAccount("it-doc-stranger", "secret", "Бауыржан Серікұлы", Role.STUDENT,
				"GM1", null, null);
		this.dean = this.accounts.ensureAccount("it-doc-dean", "secret", "Ғалия Өмірқызы Үсенова", Role.DEAN, "GM1",
				null, null);
		this.registrar = this.accounts.ensureAccount("it-doc-registrar", "secret", "Һәрина Іңкәрқызы Тіркеуші",
				Role.REGISTRAR, null, null, null);
	}

	Appeal studentAppeal() {
		Applicant applicant = Applicant.student("Әлия Нұрланқызы Сейітова", LevelOfStudy.BACHELOR, "Жалпы медицина", 2,
				StudyLanguage.KAZAKH, Funding.GRANT, StudyForm.FULL_TIME, "Алматы қ., Төле би к-сі, 94",
				"+7 701 555 12 34", "aliya@example.kz");
		return this.appeals.fileOnline(new NewAppeal(AppealKind.APPLICATION, Channel.PORTAL, applicant, false, false,
				new Representative("Нұрлан Әбілұлы Сейітов", RepresentationReason.MINOR, "Туу туралы куәлік № 123456"),
				List.of(new CoApplicant("Ғалымжан Өтегенұлы", "galym@example.kz"),
						new CoApplicant("Ирина Петрова", null)),
				"GM1", Addressee.DEAN, Category.ASSESSMENT, "Емтихан бағасын қайта қарау", TEXT, Language.KK,
				this.student.id(), null, null, null), List.of());
	}

	Appeal staffAppeal() {
		Applicant applicant = Applicant.staff("Сергей Иванович Петров", "Қоғамдық денсаулық сақтау кафедрасы, доцент",
				"Алматы, Абай даңғылы 10", "+7 702 000 00 00", "petrov@example.kz");
		return this.appeals.fileOnline(new NewAppeal(AppealKind.COMPLAINT, Channel.PORTAL, applicant, false, false,
				null, List.of(), "GM1", Addressee.RECTOR, Category.OTHER, "Жұмыс жағдайлары", "Аудиторияда жарық жоқ.",
				Language.RU, null, null, null, null), List.of());
	}

	@Test
	@DisplayName("TERM-7: the receipt holds number, date and time, who accepted it, due date, tracking code and a QR code of the tracking URL; re-downloading gives the same bytes; issuing is in the timeline")
	void receipt() {
		Appeal appeal = studentAppeal();
		Pdf first = this.documents.download(appeal.id(), DocumentKind.RECEIPT, this.student);
		String number = appeal.registration().orElseThrow().number();
		String text = assertReadable(first.content(), "Өтінішті тіркеу туралы талон", number, appeal.trackingCode(),
				"Қабылдаған", AppealManagement.PORTAL_REGISTRAR, "Әлия Нұрланқызы Сейітова",
				"Емтихан бағасын қайта қарау", "Қарау мерзімі", DocumentData.DAY.format(appeal.dueOn().orElseThrow()),
				DocumentData.TIME
					.format(appeal.registration().orElseThrow().registeredAt().atZone(this.clock.getZone())));
		assertThat(text).contains("/track?number=" + number);
		assertThat(PdfChecks.qr(first.content()))
			.isEqualTo("http://localhost:8080/track?number=" + number + "&code=" + appeal.trackingCode());
		PdfChecks.png(first.content(), "receipt");

		Pdf again = this.documents.download(appeal.id(), DocumentKind.RECEIPT, this.student);
		assertThat(again.content()).isEqualTo(first.content());
		assertThat(again.sha256()).isEqualTo(first.sha256()).isEqualTo(Documents.sha256(first.content()));
		List<IssuedDocument> issued = this.documents.list(appeal.id(), this.student);
		assertThat(issued).singleElement().satisfies(document -> {
			assertThat(document.kind()).isEqualTo(DocumentKind.RECEIPT);
			assertThat(document.version()).isEqualTo(1);
			assertThat(document.sha256()).isEqualTo(first.sha256());
		});
		assertThat(this.audit.of(appeal.id())).extracting(AuditEntry::action).containsOnlyOnce("ISSUE_DOCUMENT");
	}

	@Test
	@DisplayName("INT-9: a student's appeal prints as Appendix 1 with every field, co-applicants, representative and accepted by, in Kazakh, Russian and English")
	void appendixOneFilled() {
		Appeal appeal = studentAppeal();
		String number = appeal.registration().orElseThrow().number();
		String[] common = { number, "Әлия Нұрланқызы Сейітова", "Жалпы медицина", "Алматы қ., Төле би к-сі, 94",
				"+7 701 555 12 34", "aliya@example.kz", "Емтихан бағасын қайта қарау", KAZAKH_LETTERS,
				"Прошу пересмотреть оценку.", "Ғалымжан Өтегенұлы", "Ирина Петрова", "Нұрлан Әбілұлы Сейітов",
				"Туу туралы куәлік № 123456", AppealManagement.PORTAL_REGISTRAR };
		byte[] kk = this.documents.appendix(appeal.id(), Language.KK, this.student).content();
		assertThat(assertReadable(kk, common)).contains("Білім алушының өтініші", "Тіркеу нөмірі және күні", "Кімге",
				"Кімнен", "Білім алушының қолы", "Қабылдаған: аты-жөні, қолы, лауазымы", "Грант");
		PdfChecks.png(kk, "appendix-1-kk");
		byte[] ru = this.documents.appendix(appeal.id(), Language.RU, this.student).content();
		assertThat(assertReadable(ru, common)).contains("Заявление обучающегося", "Регистрационный номер и дата",
				"Подпись обучающегося", "Принял(а): ФИО, подпись, должность");
		byte[] en = this.documents.appendix(appeal.id(), Language.EN, this.student).content();
		assertThat(assertReadable(en, common)).contains("Student's application", "Registration number and date",
				"Accepted by: full name, signature, position", "Full-time");
	}

	@Test
	@DisplayName("INT-9: a staff member's appeal prints as Appendix 2 (place of work, addressed to the rector)")
	void appendixTwoFilled() {
		Appeal appeal = staffAppeal();
		byte[] ru = this.documents.appendix(appeal.id(), Language.RU, this.registrar).content();
		assertReadable(ru, "Заявление работника из числа профессорско-преподавательского состава",
				"Сергей Иванович Петров", "Қоғамдық денсаулық сақтау кафедрасы, доцент", "Аудиторияда жарық жоқ.");
		PdfChecks.png(ru, "appendix-2-ru");
	}

	@Test
	@DisplayName("INT-6, INT-9: blank Appendix 1 and 2 print for paper intake in all three languages")
	void blankForms() {
		byte[] kk = this.documents.blankAppendix(ApplicantType.STUDENT, Language.KK).content();
		assertReadable(kk, "Білім алушының өтініші", "Оқу деңгейі", "(университет қызметкері толтырады)", "Грант");
		PdfChecks.png(kk, "appendix-1-blank-kk");
		assertReadable(this.documents.blankAppendix(ApplicantType.STUDENT, Language.RU).content(),
				"Заявление обучающегося", "(заполняется работником университета)");
		assertReadable(this.documents.blankAppendix(ApplicantType.STUDENT, Language.EN).content(),
				"Student's application", "(filled in by a university employee)");
		assertReadable(this.documents.blankAppendix(ApplicantType.STAFF, Language.KK).content(),
				"Профессор-оқытушылар құрамы қызметкерінің өтініші");
		assertReadable(this.documents.blankAppendix(ApplicantType.STAFF, Language.RU).content(),
				"Заявление работника из числа профессорско-преподавательского состава");
		assertReadable(this.documents.blankAppendix(ApplicantType.STAFF, Language.EN).content(),
				"Application of a teaching staff member");
	}

	@Test
	@DisplayName("DL-3: the return letter carries the dean's explanation in the appeal's language; issuing it again returns the stored one")
	void returnLetter() {
		Appeal appeal = studentAppeal();
		assertThatThrownBy(() -> this.documents.download(appeal.id(), DocumentKind.RETURN_LETTER, this.student))
			.isInstanceOf(NotFound.class);
		String explanation = "Өтініште мәселенің мәні көрсетілмеген: қандай пән, қай күнгі емтихан екенін жазыңыз.";
		this.appeals.returnWithoutConsideration(appeal.id(), explanation, this.dean);
		Pdf letter = this.documents.download(appeal.id(), DocumentKind.RETURN_LETTER, this.student);
		assertReadable(letter.content(), "Өтінішті қараусыз қайтару туралы", explanation, "Деканның түсіндірмесі",
				appeal.registration().orElseThrow().number(), "Әлия Нұрланқызы Сейітова");
		PdfChecks.png(letter.content(), "return-letter");
		IssuedDocument again = this.documents.issue(appeal.id(), DocumentKind.RETURN_LETTER, this.dean);
		assertThat(again.version()).isEqualTo(1);
		assertThat(again.sha256()).isEqualTo(letter.sha256());
	}

	@Test
	@DisplayName("INT-4: the letter forwarding an anonymous report names the state body, the outgoing number and the covering text")
	void stateBodyLetter() {
		Appeal anonymous = this.appeals.receive(new NewAppeal(AppealKind.APPLICATION, Channel.EMAIL,
				Applicant.partial(ApplicantType.STUDENT, null, null, null, "nobody@example.kz"), true, false, null,
				List.of(), "GM1", Addressee.DEAN, Category.OTHER, "Қауіп туралы хабар",
				"Жатақханада жарылғыш зат бар деген қауесет бар.", Language.KK, null, null, null, null));
		this.appeals.performAt(anonymous.id(), new AppealCommand.Register(), TestSteps.registrar("Тіркеуші"),
				this.clock.instant());
		this.appeals.forwardToStateBody(anonymous.id(), new StateBodyForwarding("Алматы қаласының Полиция департаменті",
				this.clock.instant(), "ШЫҒ-77/1", "Шұғыл түрде қарауыңызды сұраймыз."), this.dean);
		Pdf letter = this.documents.download(anonymous.id(), DocumentKind.STATE_BODY_LETTER, this.dean);
		assertReadable(letter.content(), "Анонимдік өтінішті мемлекеттік органға жолдау туралы",
				"Алматы қаласының Полиция департаменті", "Шығыс № ШЫҒ-77/1", "Шұғыл түрде қарауыңызды сұраймыз.",
				"Жатақханада жарылғыш зат бар деген қауесет бар.");
		PdfChecks.png(letter.content(), "state-body-letter");
	}

	@Test
	@DisplayName("TERM-7: the journal prints a period's entries; a journal the reader may not read is 404")
	void journal() {
		Appeal appeal = studentAppeal();
		LocalDate today = LocalDate.now(this.clock);
		String code = appeal.registration().orElseThrow().journalCode();
		byte[] pdf = this.documents.journal(code, today.minusDays(1), today, Language.KK, this.registrar).content();
		assertReadable(pdf, "Кіріс құжаттарын тіркеу журналы", appeal.registration().orElseThrow().number(),
				"Емтихан бағасын қайта қарау", "Портал");
		PdfChecks.png(pdf, "journal");
		assertThatThrownBy(() -> this.documents.journal(code, today, today, Language.KK, this.student))
			.isInstanceOf(NotFound.class);
	}

	@Test
	@DisplayName("TERM-7, scope: the API lists and serves an appeal's documents byte for byte; out-of-scope users get 404")
	void api() {
		Appeal appeal = studentAppeal();
		String base = "/api/v1/appeals/" + appeal.id() + "/documents";
		byte[] first = get(base + "/receipt", "it-doc-student").body();
		byte[] second = get(base + "/receipt", "it-doc-student").body();
		assertThat(second).isEqualTo(first);
		Reply list = get(base, "it-doc-student");
		assertThat(new String(list.body(), StandardCharsets.UTF_8)).contains("\"kind\":\"receipt\"")
			.contains(Documents.sha256(first));
		assertThat(get(base + "/appendix", "it-doc-student").status()).isEqualTo(200);
		assertThat(get(base, "it-doc-stranger").status()).isEqualTo(404);
		assertThat(get(base + "/receipt", "it-doc-stranger").status()).isEqualTo(404);
		assertThat(get(base + "/appendix", "it-doc-stranger").status()).isEqualTo(404);
		assertThat(get(base + "/no-such-kind", "it-doc-student").status()).isEqualTo(404);
		assertThat(get("/api/v1/appeals/" + UUID.randomUUID() + "/documents", "it-doc-student").status())
			.isEqualTo(404);
	}

	@Test
	@DisplayName("A confidential appeal's documents are listed and served, and each read of the appeal is audited")
	void confidentialAppeal() {
		Appeal appeal = this.appeals.fileOnline(new NewAppeal(AppealKind.APPLICATION, Channel.PORTAL,
				Applicant.student("Әлия Нұрланқызы Сейітова", LevelOfStudy.BACHELOR, "Жалпы медицина", 2,
						StudyLanguage.KAZAKH, Funding.GRANT, StudyForm.FULL_TIME, "Алматы", "+7 701 555 12 34", null),
				false, true, null, List.of(), "GM1", Addressee.DEAN, Category.OTHER, "Құпия өтініш", "Мәтін.",
				Language.KK, this.student.id(), null, null, null), List.of());
		IssuedDocument receipt = this.documents.issue(appeal.id(), DocumentKind.RECEIPT, this.student);
		assertThat(this.documents.list(appeal.id(), this.student)).extracting(IssuedDocument::id)
			.containsExactly(receipt.id());
		assertThat(Documents.sha256(this.documents.download(appeal.id(), receipt.id(), this.student).content()))
			.isEqualTo(receipt.sha256());
		assertThat(this.audit.of(appeal.id())).extracting(AuditEntry::action).contains("VIEW", "ISSUE_DOCUMENT");
	}

	record Reply(int status, byte[] body) {
	}

	Reply get(String path, String user) {
		return RestClient.create("http://localhost:" + this.port)
			.get()
			.uri(path)
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8)))
			.exchange((request, response) -> new Reply(response.getStatusCode().value(),
					response.getBody().readAllBytes()));
	}

}

package kz.otinish.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import kz.otinish.MutableClock;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.TestDatabase;
import kz.otinish.appeal.Addressee;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFilter;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealPersonalData;
import kz.otinish.appeal.AppealSearch;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.Applicant;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.Funding;
import kz.otinish.appeal.IncomingFile;
import kz.otinish.appeal.LevelOfStudy;
import kz.otinish.appeal.NewAppeal;
import kz.otinish.appeal.SearchHit;
import kz.otinish.appeal.StudyForm;
import kz.otinish.appeal.StudyLanguage;
import kz.otinish.appeal.TestSteps;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.shared.Language;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Search over appeals, the same cases on H2 (the default run) and on PostgreSQL
 * ({@code -Ppostgres}): {@link H2Search} and {@link PostgresSearch} behind one
 * {@link SearchDialect}. Every appeal here carries a word made for this run, so that the
 * appeals of other tests (and of earlier runs on the same PostgreSQL schema) never
 * interfere.
 */
@OtinishIntegrationTest
class SearchIntegrationTests {

	@Autowired
	AppealManagement appeals;

	@Autowired
	AppealSearch search;

	@Autowired
	AppealPersonalData personalData;

	@Autowired
	Accounts accounts;

	@Autowired
	SearchBackfill backfill;

	@Autowired
	SearchDialect dialect;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Autowired
	MutableClock mutableClock;

	String tag;

	CurrentUser student;

	CurrentUser registrar;

	@BeforeEach
	void setUp() {
		this.tag = "zq" + randomLetters(8);
		this.student = this.accounts.ensureAccount("it-search-student", "secret", "Іздеу Студент Тестұлы", Role.STUDENT,
				"GM1", "search-student@example.kz", null);
		this.registrar = this.accounts.byUsername("registrar").orElseThrow();
	}

	static String randomLetters(int count) {
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < count; i++) {
			letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return letters.toString();
	}

	Appeal file(String fullName, String subject, String text, List<IncomingFile> files) {
		return file(fullName, subject, text, files, this.student.id(), "GM1");
	}

	Appeal file(String fullName, String subject, String text, List<IncomingFile> files, UUID owner, String school) {
		Applicant applicant = Applicant.student(fullName, LevelOfStudy.BACHELOR, "Жалпы медицина", 2,
				StudyLanguage.KAZAKH, Funding.GRANT, StudyForm.FULL_TIME, "Алматы", "+7 701 555 12 34",
				"search@example.kz");
		NewAppeal appeal = new NewAppeal(AppealKind.APPLICATION, Channel.PORTAL, applicant, false, false, null,
				List.of(), school, Addressee.DEAN, Category.ASSESSMENT, subject, text + " " + this.tag, Language.KK,
				owner, null, null, null);
		Appeal filed = this.appeals.fileOnline(appeal, files);
		indexed(filed);
		return filed;
	}

	List<UUID> found(String words, CurrentUser user) {
		return found(AppealFilter.none(), words, user);
	}

	List<UUID> found(AppealFilter filter, String words, CurrentUser user) {
		return page(filter, words, user).map(hit -> hit.appeal().id()).getContent();
	}

	Page<SearchHit> page(AppealFilter filter, String words, CurrentUser user) {
		// with words to search by, the result is a counted page
		return (Page<SearchHit>) this.search.find(filter, this.tag + " " + words,
				PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "receivedAt")), user);
	}

	@Test
	@DisplayName("The database's own search is in use: PostgreSQL's full-text search on PostgreSQL, LIKE on H2")
	void theDatabasesSearch() {
		assertThat(this.dialect).isInstanceOf(TestDatabase.isPostgres() ? PostgresSearch.class : H2Search.class);
	}

	@Test
	@DisplayName("TERM-7: the registration number is found in any case, with or without dashes, whole or in part")
	void registrationNumber() {
		Appeal appeal = file("Әлия Нұрланқызы Сейітова", "Стипендия", "Мәтін", List.of());
		Appeal other = file("Әлия Нұрланқызы Сейітова", "Стипендия", "Мәтін", List.of());
		String number = appeal.registration().orElseThrow().number();
		assertThat(number).contains("-");
		String[] parts = number.split("-");
		String otherNumber = other.registration().orElseThrow().number();
		assertThat(searchByNumber(number)).as("%s, not %s", number, otherNumber)
			.contains(appeal.id())
			.doesNotContain(other.id());
		assertThat(searchByNumber(number.toLowerCase(java.util.Locale.ROOT))).contains(appeal.id())
			.doesNotContain(other.id());
		assertThat(searchByNumber(number.replace("-", ""))).contains(appeal.id()).doesNotContain(other.id());
		assertThat(searchByNumber(number.replace("-", " "))).contains(appeal.id()).doesNotContain(other.id());
		// the year and the sequence without the journal's code
		assertThat(searchByNumber(parts[1] + "-" + parts[2])).contains(appeal.id()).doesNotContain(other.id());
		// the number first: an exact number ranks above appeals that merely share words
		assertThat(this.search.find(AppealFilter.none(), number, PageRequest.of(0, 5), this.registrar)
			.getContent()
			.get(0)
			.appeal()
			.id()).isEqualTo(appeal.id());
	}

	List<UUID> searchByNumber(String typed) {
		return this.search.find(AppealFilter.none(), typed, PageRequest.of(0, 200), this.registrar)
			.map(hit -> hit.appeal().id())
			.getContent();
	}

	@Test
	@DisplayName("The applicant's name is found in any word order and case, with Kazakh letters typed either way")
	void applicantName() {
		Appeal aliya = file("Әлия Нұрланқызы Сейітова", "Жатақхана", "Орын керек", List.of());
		Appeal other = file("Бауыржан Серікұлы Омаров", "Жатақхана", "Орын керек", List.of());
		assertThat(found("Сейітова Әлия", this.registrar)).containsExactly(aliya.id());
		assertThat(found("СЕЙІТОВА", this.registrar)).containsExactly(aliya.id());
		assertThat(found("сейитова алия нурланкызы", this.registrar)).containsExactly(aliya.id());
		assertThat(found("Серікұлы", this.registrar)).containsExactly(other.id());
		assertThat(found("Серикулы Бауыржан", this.registrar)).containsExactly(other.id());
		SearchHit hit = page(AppealFilter.none(), "Сейітова", this.registrar).getContent().get(0);
		assertThat(hit.snippets()).extracting(SearchHit.Snippet::field).contains("names");
		assertThat(marked(hit.snippets().get(0).fragments())).containsExactly("Сейітова");
	}

	@Test
	@DisplayName("A Russian word finds its other forms: оценка finds оценку, оценки finds оценкой")
	void russianForms() {
		Appeal appeal = file("Иванов Иван", "Прошу пересмотреть оценку", "Не согласен с оценкой по анатомии",
				List.of());
		Appeal unrelated = file("Иванов Иван", "Прошу общежитие", "Нужна комната", List.of());
		assertThat(found("оценка", this.registrar)).containsExactly(appeal.id());
		assertThat(found("оценки анатомия", this.registrar)).containsExactly(appeal.id());
		assertThat(found("пересмотр", this.registrar)).containsExactly(appeal.id());
		assertThat(found("общежитии", this.registrar)).containsExactly(unrelated.id());
		assertThat(found("оценка общежитие", this.registrar)).isEmpty();
		SearchHit hit = page(AppealFilter.none(), "оценка", this.registrar).getContent().get(0);
		assertThat(marked(hit.subject())).containsExactly("оценку");
		assertThat(hit.snippets()).extracting(SearchHit.Snippet::field).containsExactly("text");
		assertThat(marked(hit.snippets().get(0).fragments())).containsExactly("оценкой");
	}

	@Test
	@DisplayName("A Kazakh stem finds its suffixed forms (емтихан finds емтиханымды) and і/и ү/у ө/о ұ/у қ/к ғ/г ң/н ә/а һ/х match either way")
	void kazakhForms() {
		Appeal exam = file("Нұрлан Әбілов", "Емтиханымды қайта тапсыру", "Бағамның дұрыстығын тексеруді сұраймын",
				List.of());
		Appeal other = file("Нұрлан Әбілов", "Жатақханадағы орын", "Бөлме кішкентай", List.of());
		assertThat(found("емтихан", this.registrar)).containsExactly(exam.id());
		assertThat(found("емтиханды тапсыру", this.registrar)).containsExactly(exam.id());
		assertThat(found("Бағам", this.registrar)).containsExactly(exam.id());
		assertThat(found("багам дурыстыгын", this.registrar)).containsExactly(exam.id());
		assertThat(found("КАЙТА", this.registrar)).containsExactly(exam.id());
		assertThat(found("жатакхана", this.registrar)).containsExactly(other.id());
		assertThat(found("болме", this.registrar)).containsExactly(other.id());
		assertThat(found("әбилов", this.registrar)).containsExactlyInAnyOrder(exam.id(), other.id());
		SearchHit hit = page(AppealFilter.none(), "емтихан", this.registrar).getContent().get(0);
		assertThat(marked(hit.subject())).containsExactly("Емтиханымды");
	}

	@Test
	@DisplayName("Words of attached PDF and DOCX files are found (text extracted once and kept); the snippet names the file")
	void attachedFiles() throws Exception {
		Appeal withFiles = file("Дана Асқарова", "Құжаттар", "Қосымшаны қараңыз",
				List.of(new IncomingFile("анықтама.pdf", pdf("Анықтама: студент практикадан өтті")),
						new IncomingFile("түсініктеме.docx", docx("Объяснительная: опоздание из-за забастовки"))));
		Appeal without = file("Дана Асқарова", "Құжаттар", "Қосымшаны қараңыз", List.of());
		assertThat(found("практика", this.registrar)).containsExactly(withFiles.id());
		assertThat(found("забастовка", this.registrar)).containsExactly(withFiles.id());
		assertThat(found("құжаттар", this.registrar)).containsExactlyInAnyOrder(withFiles.id(), without.id());
		SearchHit hit = page(AppealFilter.none(), "забастовки", this.registrar).getContent().get(0);
		assertThat(hit.snippets()).filteredOn(snippet -> snippet.field().equals("file"))
			.singleElement()
			.satisfies(snippet -> {
				assertThat(snippet.field()).isEqualTo("file");
				assertThat(snippet.fileName()).isEqualTo("түсініктеме.docx");
				assertThat(marked(snippet.fragments())).containsExactly("забастовки");
			});
		// extracted once: a later event of the appeal keeps the stored text
		long before = this.jdbc.sql("select count(*) from attachment_text where appeal_id = ?")
			.param(withFiles.id())
			.query(Long.class)
			.single();
		this.appeals.performAt(withFiles.id(), new kz.otinish.appeal.AppealCommand.StartTriage(), TestSteps.SYSTEM,
				this.clock.instant());
		indexed(withFiles);
		assertThat(this.jdbc.sql("select count(*) from attachment_text where appeal_id = ?")
			.param(withFiles.id())
			.query(Long.class)
			.single()).isEqualTo(before).isEqualTo(2);
	}

	@Test
	@DisplayName("Results are ranked: number and names above the subject, the subject above the text, the text above the files")
	void ranked() throws Exception {
		Appeal inFile = file("Арман Ахметов", "Өтініш", "Қараңыз",
				List.of(new IncomingFile("хат.docx", docx("Прошу пересдачу по фармакологии"))));
		Appeal inText = file("Арман Ахметов", "Өтініш", "Фармакология бойынша қайта тапсыру", List.of());
		Appeal inSubject = file("Арман Ахметов", "Фармакология пәні", "Қараңыз", List.of());
		Appeal inName = file("Фармаколог Арманов", "Өтініш", "Қараңыз", List.of());
		assertThat(found("фармакология", this.registrar)).containsExactly(inName.id(), inSubject.id(), inText.id(),
				inFile.id());
	}

	@Test
	@DisplayName("A word that matches more appeals than the ranking bound: the newest matches are ranked, the page says there are more, the export takes every match")
	void boundedRanking() {
		int bound = this.search.ranked();
		Appeal oldest = file("Бөгенбай Жанұзақов", "Жатақхана", "Қараңыз", List.of());
		List<UUID> newer = new ArrayList<>();
		for (int i = 0; i < bound; i++) {
			this.mutableClock.advance(Duration.ofMinutes(1));
			newer.add(file("Бөгенбай Жанұзақов", "Өтініш " + i, "Жатақханада орын жоқ", List.of()).id());
		}
		// one more match than the bound: the oldest (the best, by its subject) is not
		// ranked
		Page<SearchHit> many = page(AppealFilter.none(), "жатақхана", this.registrar);
		assertThat(many.getTotalElements()).isEqualTo(bound + 1);
		assertThat(many.map(hit -> hit.appeal().id())).containsExactlyInAnyOrderElementsOf(newer);
		// narrowed below the bound, the order is best first again
		this.mutableClock.advance(Duration.ofMinutes(1));
		Appeal newest = file("Бөгенбай Жанұзақов", "Жатақхана кезегі", "Қараңыз", List.of());
		assertThat(found("жатақхана кезегі", this.registrar)).containsExactly(newest.id());
		assertThat(found("жатақхана", this.registrar).get(0)).isEqualTo(newest.id());
		// the export (every match, newest first) is not bounded
		List<UUID> all = this.search
			.matches(AppealFilter.none(), this.tag + " жатақхана", PageRequest.of(0, 100), this.registrar)
			.map(Appeal::id)
			.getContent();
		assertThat(all).hasSize(bound + 2).startsWith(newest.id()).endsWith(oldest.id());
	}

	@Test
	@DisplayName("Search keeps the scope: another applicant, another school's dean and a person the appeal is about find nothing, in lists and counts")
	void scope() {
		CurrentUser otherStudent = this.accounts.ensureAccount("it-search-student-b", "secret", "Басқа Студент",
				Role.STUDENT, "GM1", "search-b@example.kz", null);
		CurrentUser otherDean = this.accounts.ensureAccount("it-search-dean-dent", "secret", "Стоматология Деканы",
				Role.DEAN, "DENT", null, null);
		CurrentUser office = this.accounts.byUsername("deansoffice").orElseThrow();
		Appeal mine = file("Іздеу Студент Тестұлы", "Сабақ кестесі", "Кесте ыңғайсыз", List.of());
		Appeal aboutOffice = file("Іздеу Студент Тестұлы", "Деканат қызметкері туралы шағым",
				"Кесте туралы деканат қызметкері дөрекі сөйледі", List.of());
		this.appeals.recordSubject(aboutOffice.id(), office.fullName(), office, null, this.registrar);
		indexed(aboutOffice);

		assertThat(found("кесте", this.student)).containsExactlyInAnyOrder(mine.id(), aboutOffice.id());
		assertThat(found("кесте", this.registrar)).containsExactlyInAnyOrder(mine.id(), aboutOffice.id());
		assertThat(found("кесте", otherStudent)).isEmpty();
		assertThat(found("кесте", otherDean)).isEmpty();
		// the person the complaint is about: neither the appeal nor its count
		Page<SearchHit> forOffice = page(AppealFilter.none(), "кесте", office);
		assertThat(forOffice.map(hit -> hit.appeal().id())).containsExactly(mine.id());
		assertThat(forOffice.getTotalElements()).isEqualTo(1);
		assertThat(found("дөрекі", office)).isEmpty();
	}

	@Test
	@DisplayName("Search combines with the filters: status, kind, school, channel")
	void withFilters() {
		Appeal registered = file("Мәди Әлібек", "Кітапхана", "Кітап жоқ", List.of());
		Appeal inTriage = file("Мәди Әлібек", "Кітапхана", "Кітап жоқ", List.of());
		this.appeals.performAt(inTriage.id(), new kz.otinish.appeal.AppealCommand.StartTriage(), TestSteps.SYSTEM,
				this.clock.instant());
		indexed(inTriage);
		assertThat(found(AppealFilter.status(AppealStatus.REGISTERED), "кітап", this.registrar))
			.containsExactly(registered.id());
		assertThat(found(new AppealFilter(null, AppealKind.COMPLAINT, null, null), "кітап", this.registrar)).isEmpty();
		assertThat(found(new AppealFilter(null, null, "DENT", null), "кітап", this.registrar)).isEmpty();
		assertThat(
				found(new AppealFilter(null, AppealKind.APPLICATION, "GM1", Channel.PORTAL), "кітап", this.registrar))
			.containsExactlyInAnyOrder(registered.id(), inTriage.id());
	}

	@Test
	@DisplayName("Retention: an anonymised appeal is no longer found by the name, text or files it had")
	void anonymised() throws Exception {
		Appeal appeal = file("Гүлнар Жұмабаева", "Жеке мәселе", "Отбасылық жағдай",
				List.of(new IncomingFile("анықтама.docx", docx("Медициналық анықтама"))));
		CurrentUser dean = this.accounts.byUsername("dean").orElseThrow();
		this.appeals.returnWithoutConsideration(appeal.id(), "Мәні жазылмаған", dean);
		indexed(appeal);
		assertThat(found("Жұмабаева", this.registrar)).containsExactly(appeal.id());
		this.personalData.anonymise(appeal.id(), TestSteps.SYSTEM);
		indexed(appeal);
		assertThat(found("Жұмабаева", this.registrar)).isEmpty();
		assertThat(found("отбасылык", this.registrar)).isEmpty();
		assertThat(found("медициналык", this.registrar)).isEmpty();
	}

	@Test
	@DisplayName("Appeals that have no search document (from before search, or loaded without events) get one from the backfill")
	void backfill() {
		Appeal appeal = file("Ерлан Бекенов", "Физкультура", "Босату туралы", List.of());
		this.jdbc.sql("delete from appeal_search where appeal_id = ?").param(appeal.id()).update();
		assertThat(found("физкультура", this.registrar)).isEmpty();
		assertThat(this.backfill.run()).isGreaterThanOrEqualTo(1);
		assertThat(found("физкультура", this.registrar)).containsExactly(appeal.id());
	}

	/** The words marked, but this run's own word. */
	static List<String> marked(List<SearchHit.Fragment> fragments) {
		return fragments.stream()
			.filter(SearchHit.Fragment::match)
			.map(SearchHit.Fragment::text)
			.filter(text -> !text.startsWith("zq"))
			.toList();
	}

	/**
	 * Waits until the search module's listener has handled every event of these appeals
	 * (it runs after the commit, in the background, as every module listener).
	 */
	void indexed(Appeal... appeals) {
		for (Appeal appeal : appeals) {
			Indexed.await(this.jdbc, appeal.id());
		}
	}

	@Test
	@DisplayName("The page marks the words found and escapes the text around them")
	void escapedHighlight() {
		Appeal appeal = file("Асан Үсенов", "<script>alert(1)</script> Ғимарат жылу", "<b>жылу жоқ</b>", List.of());
		SearchHit hit = page(AppealFilter.none(), "жылу", this.registrar).getContent().get(0);
		assertThat(hit.appeal().id()).isEqualTo(appeal.id());
		assertThat(hit.subject()).extracting(SearchHit.Fragment::text)
			.containsExactly("<script>alert(1)</script> Ғимарат ", "жылу");
	}

	static byte[] docx(String text) throws Exception {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
	}

	static byte[] pdf(String text) throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (var font = SearchIntegrationTests.class
				.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf");
					PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(PDType0Font.load(document, font), 12);
				content.newLineAtOffset(50, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}

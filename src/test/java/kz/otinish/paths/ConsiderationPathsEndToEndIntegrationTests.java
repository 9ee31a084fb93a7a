package kz.otinish.paths;

import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.TestSteps;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.TestMailServer;
import kz.otinish.appeal.Addressee;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.Applicant;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.Funding;
import kz.otinish.appeal.LevelOfStudy;
import kz.otinish.appeal.NewAppeal;
import kz.otinish.appeal.RepresentationReason;
import kz.otinish.appeal.Representative;
import kz.otinish.appeal.StudyForm;
import kz.otinish.appeal.StudyLanguage;
import kz.otinish.audit.AuditEntry;
import kz.otinish.audit.AuditTrail;
import kz.otinish.calendar.WorkingDayCalendar;
import kz.otinish.clock.DeadlineWatch;
import kz.otinish.documents.DocumentKind;
import kz.otinish.documents.Documents;
import kz.otinish.documents.IssuedDocument;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.notification.Notification;
import kz.otinish.notification.Notifications;
import kz.otinish.paths.EndToEnd.Reply;
import kz.otinish.review.ReviewFixtures;
import kz.otinish.review.Reviews;
import kz.otinish.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.context.WebApplicationContext;

import static kz.otinish.paths.EndToEnd.awaitMail;
import static kz.otinish.paths.EndToEnd.json;
import static kz.otinish.paths.EndToEnd.quote;
import static kz.otinish.paths.EndToEnd.subjects;
import static kz.otinish.paths.EndToEnd.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every consideration path: one test per path, from filing to the final state, driven as
 * the real roles drive it: applicants and staff on the HTTP API (HTTP Basic over the
 * running server) and on the pages (MockMvc with the same accounts), the deadline watch
 * by its daily entry point, mail received by GreenMail. Nothing of the flow is short-cut
 * through the system's own status moves.
 */
@OtinishIntegrationTest
class ConsiderationPathsEndToEndIntegrationTests {

	static final String STUDENT = "e2e-student";

	static final String STAFF = "e2e-staff";

	static final String REPRESENTATIVE = "e2e-representative";

	static final String OFFICE = "e2e-office";

	static final String REGISTRAR = "e2e-registrar";

	static final String EXECUTOR = "e2e-executor";

	static final String EXECUTOR_EMAIL = "e2e.executor@university.example";

	static final String DEAN_EMAIL = "dean.gm1@university.example";

	static final String VICE_RECTOR_EMAIL = "vicerector@university.example";

	static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
		.getBytes(StandardCharsets.ISO_8859_1);

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	@Autowired
	Reviews reviews;

	@Autowired
	AuditTrail audit;

	@Autowired
	Documents documents;

	@Autowired
	Notifications notifications;

	@Autowired
	kz.otinish.notification.NoticeTexts noticeTexts;

	@Autowired
	DeadlineWatch watch;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	Clock clock;

	EndToEnd api;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		new ReviewFixtures(this.appeals, this.accounts, this.reviews);
		this.accounts.ensureAccount(STUDENT, "secret", "Айгерім Асқарқызы", Role.STUDENT, "GM1",
				"e2e.student@example.kz", null);
		this.accounts.ensureAccount(STAFF, "secret", "Иванова Мария Петровна", Role.STAFF, "GM1",
				"e2e.staff@university.example", null);
		this.accounts.ensureAccount(REPRESENTATIVE, "secret", "Сейітов Нұрлан Асқарұлы", Role.REPRESENTATIVE, null,
				"e2e.representative@example.kz", null);
		this.accounts.ensureAccount(OFFICE, "secret", "Деканат қызметкері", Role.DEANS_OFFICE, "GM1", null, null);
		this.accounts.ensureAccount(REGISTRAR, "secret", "Тіркеуші Гүлнар", Role.REGISTRAR, null, null, null);
		this.accounts.ensureAccount(EXECUTOR, "secret", "Орындаушы Асқар", Role.BODY_MEMBER, "GM1", EXECUTOR_EMAIL,
				null);
		this.api = new EndToEnd(this.port);
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	// ------------------------------------------------------------------ filing

	static String studentApplication(String category, String subject, String email) {
		return """
				{"consent":true,"kind":"APPLICATION","applicantType":"STUDENT","addressee":"DEAN","schoolCode":"GM1",
				 "category":"%s","subject":%s,"text":"Мәселенің мәні осы мәтінде жазылған.",
				 "language":"KK","fullName":"Айгерім Асқарқызы","levelOfStudy":"BACHELOR","speciality":"Жалпы медицина",
				 "yearOfStudy":2,"studyLanguage":"KAZAKH","funding":"GRANT","studyForm":"FULL_TIME",
				 "address":"Алматы, Абай даңғылы 10","phone":"+7 701 000 00 00","email":"%s"}""".formatted(category,
				quote(subject), email);
	}

	/**
	 * INT-1, DL-1: the student files on the API; registered at once with its number, due
	 * date and tracking code; the applicant is told by e-mail.
	 */
	Appeal filedByStudent(Category category, String email) {
		Reply filed = this.api
			.post("/api/v1/appeals", STUDENT, studentApplication(category.name(), "Өтініш: " + category, email))
			.expect(201);
		assertThat((String) filed.read("$.status")).isEqualTo("REGISTERED");
		String number = filed.read("$.registrationNumber");
		LocalDate due = LocalDate.parse(filed.read("$.dueOn"));
		// DL-1: 15 working days, the day of filing not counted
		assertThat(this.calendar.workingDaysBetween(today(), due)).isEqualTo(15);
		assertThat((String) filed.read("$.trackingCode")).isNotBlank();
		awaitMail(email, number);
		return this.appeals.find(filed.id()).orElseThrow();
	}

	Appeal filedByStaff(Category category, String email) {
		CurrentUser staff = this.accounts.byUsername(STAFF).orElseThrow();
		return this.appeals.fileOnline(new NewAppeal(AppealKind.COMPLAINT, Channel.PORTAL,
				Applicant.staff("Иванова Мария Петровна", "Доцент, анатомия кафедрасы", "Алматы қ., Абай д-лы, 1",
						"+7 701 000 00 01", email),
				false, false, null, List.of(), "GM1", Addressee.DEAN, category, "Іскерлік әдеп бұзылды",
				"Әріптесім жиналыста мені қорлады.", Language.KK, staff.id(), null, null, null), List.of());
	}

	Appeal filedByRepresentative(Category category, String email) {
		CurrentUser representative = this.accounts.byUsername(REPRESENTATIVE).orElseThrow();
		Applicant withEmail = Applicant.student("Әлия Нұрланқызы Сейітова", LevelOfStudy.BACHELOR, "Жалпы медицина", 1,
				StudyLanguage.KAZAKH, Funding.GRANT, StudyForm.FULL_TIME, "Алматы қ., Төле би к-сі, 94",
				"+7 701 555 12 34", email);
		return this.appeals.fileOnline(
				new NewAppeal(AppealKind.APPLICATION, Channel.PORTAL, withEmail, false, false,
						new Representative("Сейітов Нұрлан Асқарұлы", RepresentationReason.MINOR,
								"Туу туралы куәлік № 123"),
						List.of(), "GM1", Addressee.DEAN, category, "Баламның бағасы", "Бағамен келіспейміз.",
						Language.KK, representative.id(), null, null, null),
				List.of());
	}

	Appeal registeredAnonymousLetter() {
		Appeal received = this.appeals.receive(AppealFixtures.anonymousLetter("GM1"));
		Reply registered = this.api.post("/api/v1/desk/appeals/" + received.id() + "/register", REGISTRAR, null);
		assertThat(registered.status()).as(registered.body()).isBetween(200, 201);
		return this.appeals.find(received.id()).orElseThrow();
	}

	// ------------------------------------------------------------------ helpers

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	Appeal reload(Appeal appeal) {
		return this.appeals.find(appeal.id()).orElseThrow();
	}

	static String number(Appeal appeal) {
		return appeal.registration().orElseThrow().number();
	}

	List<String> trail(Appeal appeal) {
		return this.audit.of(appeal.id()).stream().map(AuditEntry::action).toList();
	}

	String page(String path, String username) throws Exception {
		return this.mvc.perform(get(path).with(user(this.accounts.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * The queue as its reader walks it: page after page ("next page") until the number
	 * shows or the queue ends; answers the pages read.
	 */
	String queue(String path, String username, String number) throws Exception {
		StringBuilder read = new StringBuilder();
		for (int page = 0; page < 50; page++) {
			String html = page(path + "?page=" + page, username);
			read.append(html);
			if (html.contains(number) || !html.contains(path + "?page=" + (page + 1))) {
				break;
			}
		}
		return read.toString();
	}

	void form(String path, String username, String... params) throws Exception {
		var request = post(path).with(user(this.accounts.loadUserByUsername(username))).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		this.mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	List<DocumentKind> issued(Appeal appeal, DocumentKind... expected) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> this.documents.issuedFor(reload(appeal)).stream().map(IssuedDocument::kind).toList(),
					kinds -> kinds.containsAll(List.of(expected)));
	}

	List<Notification> notificationsAbout(String username, Appeal appeal) {
		String number = number(appeal);
		return this.notifications.of(username, 500)
			.stream()
			.filter(n -> List.of(n.arguments()).contains("t:" + number))
			.toList();
	}

	/**
	 * REV-1, REV-7, REV-12, REV-8, REV-10: routed by the dean, arguments checked by the
	 * executor, a document requested and answered, decided at a meeting of the forum.
	 * Returns the protocol as printed.
	 */
	String decidedAtBody(Appeal appeal, String bodyCode, String runner, String outcome) {
		if (reload(appeal).status() != AppealStatus.IN_REVIEW) {
			this.api.route(appeal.id(), bodyCode, EXECUTOR);
		}
		assertThat(reload(appeal).status()).isEqualTo(AppealStatus.IN_REVIEW);
		assertThat(reload(appeal).executorAccount()).contains(EXECUTOR);
		// the executor is told of the assignment (in Kazakh)
		awaitMail(EXECUTOR_EMAIL, number(appeal));
		UUID confirmed = this.api.argument(appeal.id(), "Емтихан бағасы әділетсіз қойылды", EXECUTOR);
		UUID notConfirmed = this.api.argument(appeal.id(), "Оқытушы дөрекі сөйлеген", EXECUTOR);
		this.api.finding(confirmed, "CONFIRMED", "Ведомость пен жұмыс сәйкес емес", EXECUTOR);
		this.api.finding(notConfirmed, "NOT_CONFIRMED", "Куәгерлер растамады", EXECUTOR);
		UUID meetingId = this.api.meeting(bodyCode, today(), appeal.id(), runner);
		// the executor sits in the school's bodies: the meeting is on their agenda
		if (!"ETHICS".equals(bodyCode)) {
			List<String> agenda = this.api.get("/api/v1/meetings", "member").expect(200).read("$[*].id");
			assertThat(agenda).contains(meetingId.toString());
		}
		Reply decision = this.api.post("/api/v1/meetings/" + meetingId + "/decisions/" + appeal.id(), runner, """
				{"outcome":"%s","reasons":"Баға қайта қаралады, дөрекілік расталмады.",
				 "actions":[%s,%s]}""".formatted(outcome, EndToEnd.measure(today().plusDays(10), true),
				EndToEnd.recommendation(today().plusDays(30))))
			.expect(200);
		String protocol = decision.read("$.meeting.protocolNumber").toString() + "/"
				+ decision.read("$.meeting.protocolYear").toString();
		Appeal decided = reload(appeal);
		assertThat(decided.status()).isEqualTo(AppealStatus.DECIDED);
		assertThat(decided.decision()).get().satisfies(typed -> {
			assertThat(typed.protocolNumber()).isEqualTo(protocol);
			assertThat(typed.outcome().name()).isEqualTo(outcome);
		});
		// the applicant is told the outcome in words of their language: a message of its
		// own
		// per outcome, no code and no machine date among its arguments
		String applicant = this.accounts.byId(decided.applicantUserId()).orElseThrow().username();
		Notification told = await().atMost(Duration.ofSeconds(30))
			.until(() -> notificationsAbout(applicant, decided).stream()
				.filter(n -> n.messageKey().startsWith("notification.decided."))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(told.messageKey()).isEqualTo("notification.decided." + outcome);
		for (Language language : Language.values()) {
			assertThat(this.noticeTexts.text(told, language.locale())).doesNotContain(outcome)
				.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
				.contains(today().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
		}
		Reply shown = this.api.get("/api/v1/appeals/" + appeal.id() + "/decision", "dean").expect(200);
		assertThat((String) shown.read("$.outcome")).isEqualTo(outcome);
		assertThat((String) shown.read("$.meeting.date")).isEqualTo(today().toString());
		List<String> findings = shown.read("$.findings[*].finding");
		assertThat(findings).containsExactly("CONFIRMED", "NOT_CONFIRMED");
		// REV-10: the recommendation is tracked to completion
		String recommendation = shown.read("$.recommendations[0].id");
		this.api
			.post("/api/v1/review-actions/" + recommendation + "/done", EXECUTOR,
					json("note", "Критерийлер сайтта жарияланды"))
			.expect(200);
		return protocol;
	}

	/** The executor drafts, the dean returns it once with a reason, then approves. */
	void answerApproved(Appeal appeal) {
		this.api.post("/api/v1/appeals/" + appeal.id() + "/answer/drafts", EXECUTOR, json("text", "Бірінші нұсқа"))
			.expect(200);
		this.api.post("/api/v1/appeals/" + appeal.id() + "/answer/return", "dean", json("reason", "Уәжін толықтырыңыз"))
			.expect(200);
		this.api.post("/api/v1/appeals/" + appeal.id() + "/answer/drafts", EXECUTOR,
				json("text", "Құрметті өтініш беруші! Шешім хаттамада көрсетілген себептермен қабылданды. "
						+ "Шешімге проректорға үш ай ішінде шағымдана аласыз."))
			.expect(200);
		Reply approved = this.api.post("/api/v1/appeals/" + appeal.id() + "/answer/approve", "dean", null).expect(200);
		assertThat((String) approved.read("$.state")).isEqualTo("APPROVED");
		assertThat((Integer) approved.read("$.revision")).isEqualTo(2);
	}

	// ------------------------------------------------------------------ intake paths

	@Test
	@DisplayName("DL-3, INT-1, DL-1: filed on the API and registered with number and due date; the dean returns it without consideration with the explanation the applicant sees; the DL-3 letter is issued")
	void returnedWithoutConsideration() throws Exception {
		String email = uniqueEmail("returned");
		Appeal appeal = filedByStudent(Category.EDUCATIONAL_PROCESS, email);
		assertThat(queue("/triage", "dean", number(appeal))).contains(number(appeal));
		form("/appeals/" + appeal.id() + "/return", "dean", "explanation",
				"Өтініште мәселенің мәні жазылмаған, толықтырып қайта беріңіз.");
		Appeal returned = reload(appeal);
		assertThat(returned.status()).isEqualTo(AppealStatus.RETURNED_WITHOUT_CONSIDERATION);
		assertThat((String) this.api.get("/api/v1/appeals/" + appeal.id(), STUDENT).expect(200).read("$.status"))
			.isEqualTo("RETURNED_WITHOUT_CONSIDERATION");
		assertThat(page("/appeals/" + appeal.id(), STUDENT)).contains("мәселенің мәні жазылмаған");
		issued(appeal, DocumentKind.RECEIPT, DocumentKind.RETURN_LETTER);
		assertThat(trail(appeal)).containsSubsequence("REGISTER", "RETURN_WITHOUT_CONSIDERATION");
		// nothing more to route
		this.api
			.post("/api/v1/appeals/" + appeal.id() + "/routing", "dean",
					"{\"bodyCode\":\"GM1-DOC\",\"executorAccount\":\"" + EXECUTOR + "\"}")
			.expect(409);
	}

	@Test
	@DisplayName("INT-4: an anonymous letter registered at the desk is not routable; the dean closes it as not considered, with the reason")
	void anonymousNotConsidered() throws Exception {
		Appeal appeal = registeredAnonymousLetter();
		assertThat(appeal.status()).isEqualTo(AppealStatus.REGISTERED);
		assertThat(appeal.anonymous()).isTrue();
		Reply routed = this.api.post("/api/v1/appeals/" + appeal.id() + "/routing", "dean",
				"{\"bodyCode\":\"GM1-DOC\",\"executorAccount\":\"" + EXECUTOR + "\"}");
		assertThat(routed.status()).as(routed.body()).isEqualTo(409);
		assertThat(routed.contentType()).startsWith("application/problem+json");
		form("/appeals/" + appeal.id() + "/not-considered", "dean", "reason", "Авторы белгісіз, қылмыс туралы емес");
		Appeal closed = reload(appeal);
		assertThat(closed.status()).isEqualTo(AppealStatus.NOT_CONSIDERED);
		assertThat(closed.statusNote()).contains("Авторы белгісіз");
		assertThat(trail(appeal)).containsSubsequence("REGISTER", "DECLARE_NOT_CONSIDERED");
	}

	@Test
	@DisplayName("INT-4: an anonymous report of a threat is forwarded at once to a state body; the letter is issued and the vice-rector alerted")
	void forwardedToAStateBody() throws Exception {
		Appeal appeal = registeredAnonymousLetter();
		form("/appeals/" + appeal.id() + "/forward", "dean", "stateBody", "Алматы қаласының Полиция департаменті",
				// sent now: not before the letter arrived, not in the future
				"sentAt",
				java.time.LocalDateTime.now(this.clock.withZone(ZoneId.of("Asia/Almaty")))
					.withSecond(0)
					.withNano(0)
					.toString(),
				"outgoingNumber", "01-15/777", "coveringLetter", "Хабарламаны құзыретіңіз бойынша жолдаймыз.");
		Appeal forwarded = reload(appeal);
		assertThat(forwarded.status()).isEqualTo(AppealStatus.FORWARDED_TO_STATE_BODY);
		assertThat(forwarded.forwarding()).get().satisfies(f -> assertThat(f.outgoingNumber()).isEqualTo("01-15/777"));
		issued(appeal, DocumentKind.STATE_BODY_LETTER);
		await().atMost(Duration.ofSeconds(30)).until(() -> !notificationsAbout("vicerector", forwarded).isEmpty());
		assertThat(trail(appeal)).containsSubsequence("REGISTER", "FORWARD_TO_STATE_BODY");
	}

	@Test
	@DisplayName("REV-11, TERM-6: a repeated appeal is terminated only after the earlier file was really answered (routed, decided, delivered), citing its materials and answer")
	void terminatedRepeated() throws Exception {
		String email = uniqueEmail("repeated");
		Appeal earlier = filedByStudent(Category.HOUSING, email);
		Appeal repeated = filedByStudent(Category.HOUSING, email);
		form("/appeals/" + repeated.id() + "/repeated", "dean", "earlierId", earlier.id().toString(), "ground",
				"DECISION_CONTESTED");
		String termination = """
				{"materialsReference":"Іс №12, 14 парақ тексеру материалдары","answerReference":"Жауап №01-15/88"}""";
		Reply refused = this.api.post("/api/v1/appeals/" + repeated.id() + "/termination", "dean", termination, "en");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat((String) refused.read("$.detail")).contains(number(earlier));

		decidedAtBody(earlier, "GM1-DOC", "secretary", "EXPLAINED");
		answerApproved(earlier);
		this.api
			.post("/api/v1/appeals/" + earlier.id() + "/answer/delivery", OFFICE,
					"""
							{"method":"IN_PERSON","deliveredOn":"%s","handedOverBy":"Деканат","signedBy":"Айгерім Асқарқызы"}"""
						.formatted(today()))
			.expect(200);
		assertThat(reload(earlier).status()).isEqualTo(AppealStatus.ANSWERED);

		Reply terminated = this.api.post("/api/v1/appeals/" + repeated.id() + "/termination", "dean", termination)
			.expect(200);
		assertThat((String) terminated.read("$.status")).isEqualTo("TERMINATED");
		assertThat((String) terminated.read("$.reference")).contains("REV-11")
			.contains(number(earlier))
			.contains("Іс №12")
			.contains("01-15/88");
		assertThat(reload(repeated).status()).isEqualTo(AppealStatus.TERMINATED);
		assertThat(trail(repeated)).containsSubsequence("REGISTER", "MARK_REPEATED", "TERMINATE");
	}

	// ------------------------------------------------------------------ decided by each
	// body

	@ParameterizedTest(name = "{0}: {1} by {2}")
	@CsvSource({ "HOUSING, GM1-DOC, secretary, STUDENT_IN_PERSON", "ASSESSMENT, GM1-EPC, secretary, STUDENT_BY_POST",
			"TEACHING_QUALITY, GM1-QAC, secretary, REPRESENTATIVE_BY_POST",
			"BUSINESS_ETHICS, ETHICS, ethics-secretary, STAFF_IN_PERSON" })
	@DisplayName("REV-1..REV-5, REV-7, REV-8, REV-10, REV-12, RES-1..RES-3: decided by each body: routing → meeting → attendance → findings → decision → draft (returned once) → approval → delivery per applicant type → closed")
	void decidedByEachBody(Category category, String bodyCode, String runner, String recipient) throws Exception {
		String email = uniqueEmail("body");
		Appeal appeal = switch (recipient) {
			case "STAFF_IN_PERSON" -> filedByStaff(category, email);
			case "REPRESENTATIVE_BY_POST" -> filedByRepresentative(category, email);
			default -> filedByStudent(category, email);
		};
		// REV-2..REV-5: the body suggested from the category and the applicant type
		assertThat(this.reviews.suggestedBody(appeal)).get().extracting(body -> body.code()).isEqualTo(bodyCode);
		assertThat(page("/appeals/" + appeal.id() + "/review", "dean")).contains(bodyCode);
		String protocol = decidedAtBody(appeal, bodyCode, runner, "PARTLY_SATISFIED");
		// the applicant is told of the decision
		awaitMail(email, number(appeal));
		answerApproved(appeal);

		String delivery = switch (recipient) {
			case "STUDENT_IN_PERSON", "STAFF_IN_PERSON" ->
				"""
						{"method":"IN_PERSON","deliveredOn":"%s","handedOverBy":"Деканат қызметкері","signedBy":"Өтініш беруші"}"""
					.formatted(today());
			case "STUDENT_BY_POST" ->
				"""
						{"method":"POST","deliveredOn":"%s","postAddress":"Алматы, Абай даңғылы 10","trackingNumber":"RR123456789KZ"}"""
					.formatted(today());
			default ->
				"""
						{"method":"POST","deliveredOn":"%s","postAddress":"Алматы, Төле би 94","trackingNumber":"RR987654321KZ",
						 "phoneCallOn":"%s","phoneCallNote":"Әкесіне жауап жіберілгені хабарланды"}"""
					.formatted(today(), today());
		};
		if (recipient.equals("REPRESENTATIVE_BY_POST")) {
			// RES-2: without the phone call announcing the date, refused
			Reply refused = this.api.post("/api/v1/appeals/" + appeal.id() + "/answer/delivery", OFFICE,
					delivery.replaceAll(",\\s*\"phoneCallOn\".*}", "}"));
			assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		}
		if (recipient.equals("STAFF_IN_PERSON")) {
			// RES-3: staff are not answered by post
			this.api.post("/api/v1/appeals/" + appeal.id() + "/answer/delivery", OFFICE, """
					{"method":"POST","deliveredOn":"%s","postAddress":"Алматы","trackingNumber":"RR1"}"""
				.formatted(today())).expect(409);
		}
		// closing before the delivery is refused
		this.api.post("/api/v1/appeals/" + appeal.id() + "/answer/close", "dean", null).expect(409);
		Reply delivered = this.api.post("/api/v1/appeals/" + appeal.id() + "/answer/delivery", OFFICE, delivery)
			.expect(200);
		assertThat((String) delivered.read("$.complaintUntil")).isEqualTo(today().plusMonths(3).toString());
		assertThat(reload(appeal).status()).isEqualTo(AppealStatus.ANSWERED);
		if (recipient.equals("STAFF_IN_PERSON")) {
			// RES-3: and automatically to the corporate e-mail
			MimeMessage answer = await().atMost(Duration.ofSeconds(30))
				.until(() -> TestMailServer.to(email)
					.stream()
					.filter(message -> EndToEnd.body(message)
						.contains("Шешім хаттамада көрсетілген себептермен қабылданды"))
					.findFirst(), found -> found.isPresent())
				.orElseThrow();
			assertThat(answer.getAllRecipients()[0].toString()).isEqualTo(email);
			await().atMost(Duration.ofSeconds(30)).until(() -> trail(appeal).contains("ANSWER_EMAILED"));
		}
		String owner = switch (recipient) {
			case "STAFF_IN_PERSON" -> STAFF;
			case "REPRESENTATIVE_BY_POST" -> REPRESENTATIVE;
			default -> STUDENT;
		};
		// the applicant sees the approved answer only (not the returned draft)
		Reply answer = this.api.get("/api/v1/appeals/" + appeal.id() + "/answer", owner).expect(200);
		List<Integer> revisions = answer.read("$.drafts[*].revision");
		assertThat(revisions).containsExactly(2);
		this.api.post("/api/v1/appeals/" + appeal.id() + "/answer/close", "dean", null).expect(200);
		Appeal closed = reload(appeal);
		assertThat(closed.status()).isEqualTo(AppealStatus.CLOSED);
		assertThat(this.api.get("/api/v1/appeals/" + appeal.id(), owner).expect(200).<String>read("$.status"))
			.isEqualTo("CLOSED");
		assertThat(trail(appeal)).containsSubsequence("REGISTER", "SEND_TO_REVIEW", "RECORD_FINDING", "PUT_ON_AGENDA",
				"DECIDE", "COMPLETE_RECOMMENDATION", "ANSWER_DRAFTED", "ANSWER_RETURNED", "ANSWER_DRAFTED",
				"ANSWER_APPROVED", "DELIVER", "CLOSE");
		assertThat(protocol).endsWith("/" + today().getYear());
	}

	// ------------------------------------------------------------------ extended
	// commission

	@Test
	@DisplayName("REV-6, REV-7, REV-9, REV-12: the extended commission refuses to form without the lawyer (problem+json in Kazakh), is formed by the dean's order, verifies with a request to a unit, and recognises knowingly false facts as untrue; answered and delivered")
	void decidedByAnExtendedCommission() throws Exception {
		String email = uniqueEmail("commission");
		Appeal appeal = filedByStudent(Category.ASSESSMENT, email);
		this.api.route(appeal.id(), "GM1-EPC", EXECUTOR);
		String members = """
				{"kind":"YOUTH_POLICY","fullName":"Мәмиев Мейрам"},{"kind":"STUDENT_DEANS_OFFICE","fullName":"Зайцев Сергей"},
				{"kind":"EPC","fullName":"Сәрсенбаев Талғат"},{"kind":"QAC","fullName":"Морозов Олег"}""";
		Reply refused = this.api.post("/api/v1/appeals/" + appeal.id() + "/commission", "dean",
				"{\"orderNumber\":\"45-ө\",\"orderDate\":\"%s\",\"members\":[%s]}".formatted(today(), members), "kk");
		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat((String) refused.read("$.detail")).contains("Заңгер");
		Reply formed = this.api
			.post("/api/v1/appeals/" + appeal.id() + "/commission", "dean",
					"{\"orderNumber\":\"45-ө\",\"orderDate\":\"%s\",\"members\":[%s,%s]}".formatted(today(), members,
							"{\"kind\":\"LEGAL\",\"fullName\":\"Бейсенов Бауыржан\"},"
									+ "{\"kind\":\"OTHER\",\"fullName\":\"Ким Алексей\",\"represents\":\"IT бөлімі\"}"))
			.expect(200);
		String forum = "COMMISSION:" + formed.read("$.id");
		assertThat((String) formed.read("$.chairAccount")).isEqualTo("dean");

		// REV-7: a request to a unit, answered with the file
		UUID request = this.api
			.post("/api/v1/appeals/" + appeal.id() + "/requests", EXECUTOR,
					"{\"unitName\":\"Тіркеу кеңсесі\",\"text\":\"Емтихан ведомосы\",\"dueOn\":\"%s\"}"
						.formatted(today().plusDays(3)))
			.expect(200)
			.id();
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("note", "Ведомость қоса беріледі");
		parts.add("file", new ByteArrayResource(PDF) {
			@Override
			public String getFilename() {
				return "vedomost.pdf";
			}
		});
		Reply answered = this.api.multipart("/api/v1/review-requests/" + request + "/response", EXECUTOR, parts)
			.expect(200);
		assertThat((String) answered.read("$.fileName")).isEqualTo("vedomost.pdf");

		UUID first = this.api.argument(appeal.id(), "Оқытушы пара алды", EXECUTOR);
		this.api.finding(first, "NOT_CONFIRMED", "Ведомость пен куәгерлер жоққа шығарды", EXECUTOR);
		UUID meetingId = this.api.meeting(forum, today(), appeal.id(), "dean");
		Reply decision = this.api.post("/api/v1/meetings/" + meetingId + "/decisions/" + appeal.id(), "dean", """
				{"outcome":"NOT_SATISFIED","reasons":"Оқытушы туралы мәліметтер көрінеу жалған.","actions":[],
				 "untrueRecognized":true,"applicantMeasures":"Өтініш берушіге сөгіс",
				 "apology":"Өтініш беруші оқытушыдан жазбаша кешірім сұрады"}""").expect(200);
		assertThat((Boolean) decision.read("$.untrueRecognized")).isTrue();
		assertThat((String) decision.read("$.commission.orderNumber")).isEqualTo("45-ө");
		assertThat((Integer) decision.read("$.meeting.protocolNumber")).isEqualTo(1);
		assertThat(reload(appeal).status()).isEqualTo(AppealStatus.DECIDED);

		answerApproved(appeal);
		this.api
			.post("/api/v1/appeals/" + appeal.id() + "/answer/delivery", OFFICE,
					"""
							{"method":"IN_PERSON","deliveredOn":"%s","handedOverBy":"Деканат","signedBy":"Айгерім Асқарқызы"}"""
						.formatted(today()))
			.expect(200);
		this.api.post("/api/v1/appeals/" + appeal.id() + "/answer/verdict", STUDENT, "{\"verdict\":\"AGREE\"}")
			.expect(200);
		assertThat(reload(appeal).status()).isEqualTo(AppealStatus.CLOSED);
		assertThat(trail(appeal)).containsSubsequence("SEND_TO_REVIEW", "FORM_COMMISSION", "REQUEST_DOCUMENTS",
				"ATTACH_RESPONSE", "DECIDE", "ANSWER_APPROVED", "DELIVER", "VERDICT_AGREE", "CLOSE");
	}

	// ------------------------------------------------------------------ the clock

	/** The first day from today on with at most this many working days left. */
	LocalDate daysBefore(LocalDate due, int workingDays) {
		LocalDate day = today();
		while (this.calendar.workingDaysBetween(day, due) > workingDays) {
			day = day.plusDays(1);
		}
		return day;
	}

	@Test
	@DisplayName("DL-2, DL-1: extended by the dean (the applicant notified), reminded by the daily watch at 5 and 2 working days before the new date, decided and delivered in time; an appeal left alone is escalated when overdue to the dean and the vice-rector")
	void extendedThenDecidedInTime() throws Exception {
		String email = uniqueEmail("extended");
		Appeal appeal = filedByStudent(Category.HOUSING, email);
		Appeal leftAlone = filedByStudent(Category.HOUSING, uniqueEmail("alone"));
		this.api.route(appeal.id(), "GM1-DOC", EXECUTOR);
		this.api.route(leftAlone.id(), "GM1-DOC", EXECUTOR);
		LocalDate due = appeal.dueOn().orElseThrow();
		LocalDate until = this.calendar.addWorkingDays(due, 5);
		Reply extended = this.api
			.post("/api/v1/appeals/" + appeal.id() + "/extensions", "dean",
					"{\"until\":\"%s\",\"reason\":\"Кеңес отырысын күту\"}".formatted(until))
			.expect(201);
		assertThat((String) extended.read("$.newDue")).isEqualTo(until.toString());
		assertThat(this.api.get("/api/v1/appeals/" + appeal.id(), STUDENT).expect(200).<String>read("$.dueOn"))
			.isEqualTo(until.toString());
		awaitMail(email, "ұзартылды");

		// the daily watch, on the days it would run
		String number = number(appeal);
		this.watch.runFor(daysBefore(until, 5));
		this.watch.runFor(daysBefore(until, 2));
		// the old due date has passed by then: no overdue for the extended appeal
		this.watch.runFor(due.plusDays(1));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(subjects(EXECUTOR_EMAIL)).filteredOn(s -> s.endsWith(": " + number))
				.containsExactlyInAnyOrder("Сізге өтініш тапсырылды: " + number, "Мерзім жақындады: " + number,
						"Мерзім жақындады: " + number));
		await().atMost(Duration.ofSeconds(30))
			// the dean is also GM1-DOC's chair: the chair learns the body has a new
			// appeal
			.untilAsserted(() -> assertThat(subjects(DEAN_EMAIL)).filteredOn(s -> s.endsWith(": " + number))
				.containsExactlyInAnyOrder("Органға жаңа өтініш: " + number, "Мерзім жақындады: " + number,
						"Мерзім жақындады: " + number));

		// the one left alone is overdue the day after its due date: executor, dean,
		// vice-rector
		String alone = number(leftAlone);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(subjects(VICE_RECTOR_EMAIL)).contains("Мерзімі өтті: " + alone));
		assertThat(subjects(DEAN_EMAIL)).contains("Мерзімі өтті: " + alone);
		assertThat(notificationsAbout("vicerector", leftAlone)).extracting(Notification::messageKey)
			.contains("notification.reminder.OVERDUE");

		decidedAtBody(appeal, "GM1-DOC", "secretary", "SATISFIED");
		answerApproved(appeal);
		this.api
			.post("/api/v1/appeals/" + appeal.id() + "/answer/delivery", OFFICE,
					"""
							{"method":"IN_PERSON","deliveredOn":"%s","handedOverBy":"Деканат","signedBy":"Айгерім Асқарқызы"}"""
						.formatted(today()))
			.expect(200);
		Appeal answered = reload(appeal);
		assertThat(answered.status()).isEqualTo(AppealStatus.ANSWERED);
		assertThat(today()).isBeforeOrEqualTo(answered.dueOn().orElseThrow());
		// after its (new) due date the answered appeal is not escalated
		this.watch.runFor(until.plusDays(1));
		assertThat(subjects(VICE_RECTOR_EMAIL)).doesNotContain("Мерзімі өтті: " + number);
		assertThat(trail(appeal)).containsSubsequence("REGISTER", "SEND_TO_REVIEW", "EXTEND", "DECIDE", "DELIVER");
	}

	// ------------------------------------------------------------------ complaints
	// (DL-4)

	@Test
	@DisplayName("DL-4: the student disagrees in time; the complaint is registered, linked, sent to the vice-rector (not the dean), who signs in, finds it in the triage queue and routes it")
	void complainedAgainstInTime() throws Exception {
		String email = uniqueEmail("complaint");
		Appeal appeal = filedByStudent(Category.ASSESSMENT, email);
		decidedAtBody(appeal, "GM1-EPC", "secretary", "NOT_SATISFIED");
		answerApproved(appeal);
		this.api
			.post("/api/v1/appeals/" + appeal.id() + "/answer/delivery", OFFICE,
					"""
							{"method":"IN_PERSON","deliveredOn":"%s","handedOverBy":"Деканат","signedBy":"Айгерім Асқарқызы"}"""
						.formatted(today()))
			.expect(200);

		Reply verdict = this.api
			.post("/api/v1/appeals/" + appeal.id() + "/answer/verdict", STUDENT,
					"{\"verdict\":\"DISAGREE\",\"text\":\"Шешіммен келіспеймін, бағам әділ қойылмады.\"}")
			.expect(200);
		assertThat((Boolean) verdict.read("$.late")).isFalse();
		Appeal complaint = this.appeals.find(UUID.fromString(verdict.read("$.complaintAppealId"))).orElseThrow();
		assertComplaintAtTheViceRector(appeal, complaint);
	}

	@Test
	@DisplayName("DL-4: a complaint after the 3-month window from delivery is accepted (a missed window is no reason to refuse), flagged late with the reason on the complaint's page, and triaged by the vice-rector")
	void complainedAgainstLate() throws Exception {
		CurrentUser student = this.accounts.byUsername(STUDENT).orElseThrow();
		Instant fiveMonthsAgo = today().minusMonths(5).atTime(10, 0).atZone(ZoneId.of("Asia/Almaty")).toInstant();
		NewAppeal template = AppealFixtures.studentApplication(student.id(), "GM1");
		Appeal received = this.appeals.receive(template, fiveMonthsAgo);
		Appeal appeal = this.appeals.performAt(received.id(), new AppealCommand.Register(),
				TestSteps.registrar("Тіркеуші Гүлнар"), fiveMonthsAgo);
		this.api.route(appeal.id(), "GM1-EPC", EXECUTOR);
		UUID argument = this.api.argument(appeal.id(), "Баға әділетсіз", EXECUTOR);
		this.api.finding(argument, "NOT_CONFIRMED", "Ведомость дұрыс", EXECUTOR);
		LocalDate decidedOn = this.calendar.addWorkingDays(today().minusMonths(5), 10);
		UUID meetingId = this.api.meeting("GM1-EPC", decidedOn, appeal.id(), "secretary");
		this.api
			.post("/api/v1/meetings/" + meetingId + "/decisions/" + appeal.id(), "secretary",
					"{\"outcome\":\"NOT_SATISFIED\",\"reasons\":\"Баға дұрыс қойылған.\"}")
			.expect(200);
		answerApproved(appeal);
		LocalDate deliveredOn = decidedOn.plusDays(3);
		this.api
			.post("/api/v1/appeals/" + appeal.id() + "/answer/delivery", OFFICE,
					"""
							{"method":"POST","deliveredOn":"%s","postAddress":"Алматы, Төле би 94","trackingNumber":"RR555KZ"}"""
						.formatted(deliveredOn))
			.expect(200);
		assertThat(deliveredOn.plusMonths(3)).isBefore(today());

		// DL-4: a missed window is no reason to refuse; the reason is asked for, never
		// required
		Reply verdict = this.api
			.post("/api/v1/appeals/" + appeal.id() + "/answer/verdict", STUDENT,
					"{\"verdict\":\"DISAGREE\",\"text\":\"Келіспеймін.\",\"lateReason\":\"Ауруханада емделдім\"}")
			.expect(200);
		assertThat((Boolean) verdict.read("$.late")).isTrue();
		assertThat((String) verdict.read("$.lateReason")).isEqualTo("Ауруханада емделдім");
		Appeal complaint = this.appeals.find(UUID.fromString(verdict.read("$.complaintAppealId"))).orElseThrow();
		assertThat(page("/appeals/" + complaint.id() + "/answer", "vicerector")).contains("Ауруханада емделдім");
		assertThat(page("/appeals/" + complaint.id(), "vicerector")).contains("id=\"late-complaint\"")
			.contains("Ауруханада емделдім");
		assertComplaintAtTheViceRector(appeal, complaint);
	}

	private void assertComplaintAtTheViceRector(Appeal appeal, Appeal complaint) throws Exception {
		assertThat(complaint.kind()).isEqualTo(AppealKind.COMPLAINT);
		assertThat(complaint.status()).isEqualTo(AppealStatus.REGISTERED);
		assertThat(complaint.earlierAppealId()).isEqualTo(appeal.id());
		assertThat(complaint.triageOfficial()).contains("VICE-RECTOR");
		assertThat(reload(appeal).status()).isEqualTo(AppealStatus.CLOSED);
		String number = number(complaint);
		awaitMail(VICE_RECTOR_EMAIL, number);
		await().atMost(Duration.ofSeconds(30)).until(() -> !notificationsAbout("vicerector", complaint).isEmpty());
		// the applicant sees it among their appeals
		assertThat(this.api.get("/api/v1/appeals/" + complaint.id(), STUDENT).expect(200).<String>read("$.kind"))
			.isEqualTo("COMPLAINT");
		// the dean who considered the original does not triage it
		this.api
			.post("/api/v1/appeals/" + complaint.id() + "/routing", "dean",
					"{\"bodyCode\":\"GM1-EPC\",\"executorAccount\":\"" + EXECUTOR + "\"}")
			.expect(404);
		// the vice-rector, signed in as herself, finds it in her queue and routes it
		assertThat(queue("/triage", "vicerector", number)).contains(number);
		assertThat(page("/appeals/" + complaint.id() + "/review", "vicerector")).contains("GM1-EPC");
		this.api
			.post("/api/v1/appeals/" + complaint.id() + "/routing", "vicerector",
					"{\"bodyCode\":\"GM1-EPC\",\"executorAccount\":\"" + EXECUTOR + "\"}")
			.expect(200);
		assertThat(reload(complaint).status()).isEqualTo(AppealStatus.IN_REVIEW);
		assertThat(trail(appeal)).contains("COMPLAINT_FILED");
		assertThat(trail(complaint)).containsSubsequence("REGISTER", "SEND_TO_REVIEW");
	}

	// ------------------------------------------------------------------ words

	/** Tokens an applicant must never read. */
	static final java.util.Map<String, java.util.regex.Pattern> MACHINE_TOKENS = java.util.Map.of("ISO date",
			java.util.regex.Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b"), "enum name",
			java.util.regex.Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|\\b(" + enumNames() + ")\\b"), "rule ID",
			java.util.regex.Pattern.compile("\\b[A-Z]{2,5}-\\d+\\b"), "body or school code",
			java.util.regex.Pattern.compile("\\b(GM1|GM2|DENT|PH|PHARM|PED|KKT|FIR|MDD|ETHICS)(-[A-Z]+)?\\b"), "hash",
			java.util.regex.Pattern.compile("\\b[0-9a-fA-F]{16,}\\b"));

	static String enumNames() {
		java.util.stream.Stream<Enum<?>> all = java.util.stream.Stream
			.of(AppealStatus.values(), kz.otinish.appeal.Outcome.values(), AppealKind.values(), Category.values(),
					kz.otinish.appeal.ApplicantType.values(), Addressee.values(), Channel.values())
			.flatMap(java.util.Arrays::stream);
		return java.util.stream.Stream
			.concat(all.map(Enum::name), java.util.stream.Stream.of("CONFIRMED", "NOT_CONFIRMED", "VICE-RECTOR"))
			.filter(name -> name.length() > 3)
			.distinct()
			.collect(java.util.stream.Collectors.joining("|"));
	}

	/** What an applicant reads, with their own numbers and codes taken out. */
	static List<String> machineTokens(String where, String text, List<String> ownNumbers) {
		String words = text;
		for (String own : ownNumbers) {
			words = words.replace(own, "#");
		}
		// registration numbers (KB-2026-52, GM1-2026-7) are the applicant's to read
		words = words.replaceAll("\\b[A-Z][A-Z0-9]*-\\d{4}-\\d+\\b", "#");
		List<String> found = new java.util.ArrayList<>();
		for (var token : MACHINE_TOKENS.entrySet()) {
			java.util.regex.Matcher matcher = token.getValue().matcher(words);
			while (matcher.find()) {
				int from = Math.max(0, matcher.start() - 40);
				int to = Math.min(words.length(), matcher.end() + 40);
				found.add(where + ": " + token.getKey() + " «" + matcher.group() + "» in …"
						+ words.substring(from, to).replace('\n', ' ') + "…");
			}
		}
		return found;
	}

	static String visibleText(String html) {
		org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(html);
		document.select("script, style, template").remove();
		return document.title() + "\n" + document.body().text();
	}

	@Test
	@DisplayName("Applicants read words: every page, e-mail and notification of portal filing -> registration -> routing -> decision -> answer -> delivery -> complaint, in kk, ru and en, carries no ISO date, enum name, rule ID, body code or hash (DL-1, REV-1, REV-8, RES-1, DL-4)")
	void applicantReadsWords() throws Exception {
		String email = uniqueEmail("words");
		Appeal appeal = filedByStudent(Category.ASSESSMENT, email);
		decidedAtBody(appeal, "GM1-EPC", "secretary", "PARTLY_SATISFIED");
		answerApproved(appeal);
		this.api
			.post("/api/v1/appeals/" + appeal.id() + "/answer/delivery", OFFICE,
					"""
							{"method":"IN_PERSON","deliveredOn":"%s","handedOverBy":"Деканат","signedBy":"Айгерім Асқарқызы"}"""
						.formatted(today()))
			.expect(200);
		awaitMail(email, number(appeal));
		Reply verdict = this.api
			.post("/api/v1/appeals/" + appeal.id() + "/answer/verdict", STUDENT,
					"{\"verdict\":\"DISAGREE\",\"text\":\"Шешіммен келіспеймін.\"}")
			.expect(200);
		Appeal complaint = this.appeals.find(UUID.fromString(verdict.read("$.complaintAppealId"))).orElseThrow();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> notificationsAbout(STUDENT, appeal).stream()
				.anyMatch(n -> n.messageKey().equals("notification.answer.delivered")));
		// what the applicant typed (the subject names the category's code) is theirs
		List<String> own = new java.util.ArrayList<>(List.of(number(appeal), number(complaint),
				reload(appeal).trackingCode(), reload(complaint).trackingCode(), email, appeal.subject()));
		// so are the subjects this student typed in the other paths, listed on
		// /appeals/mine
		for (Category category : Category.values()) {
			own.add("Өтініш: " + category);
		}

		List<String> found = wordsRead(
				STUDENT, email, List.of("/appeals/mine", "/appeals/" + appeal.id(),
						"/appeals/" + appeal.id() + "/verdict", "/appeals/" + complaint.id(), "/notifications"),
				List.of(appeal, complaint), own);
		assertThat(found).as("machine tokens an applicant reads").isEmpty();
	}

	/**
	 * Every machine token this applicant reads, in kk, ru and en: on these pages, in
	 * their notifications about these appeals and in the e-mails to this address.
	 */
	List<String> wordsRead(@org.jspecify.annotations.Nullable String username, String email, List<String> paths,
			List<Appeal> about, List<String> own) throws Exception {
		List<String> found = new java.util.ArrayList<>();
		for (String lang : List.of("kk", "ru", "en")) {
			for (String path : paths) {
				String text = (username == null)
						? visibleText(publicPage(path + (path.contains("?") ? "&" : "?") + "lang=" + lang))
						: visibleText(page(path + (path.contains("?") ? "&" : "?") + "lang=" + lang, username));
				found.addAll(machineTokens(lang + " " + path, text, own));
			}
			if (username == null) {
				continue;
			}
			for (Notification notification : this.notifications.of(username, 500)) {
				if (about.stream().anyMatch(appeal -> notification.link().contains(appeal.id().toString()))) {
					found.addAll(machineTokens(lang + " notification " + notification.messageKey(), this.noticeTexts
						.text(notification, Language.of(java.util.Locale.forLanguageTag(lang)).locale()), own));
				}
			}
		}
		for (MimeMessage message : TestMailServer.to(email)) {
			found.addAll(machineTokens("e-mail «" + EndToEnd.subject(message) + "»",
					EndToEnd.subject(message) + "\n" + EndToEnd.body(message).replaceAll("https?://\\S+", "<link>"),
					own));
		}
		return found;
	}

	static final java.util.concurrent.atomic.AtomicInteger VISITORS = new java.util.concurrent.atomic.AtomicInteger();

	/**
	 * A page anyone may open without signing in (public tracking), each time from an
	 * address of its own (tracking is rate-limited per address).
	 */
	String publicPage(String path) throws Exception {
		int visitor = VISITORS.incrementAndGet();
		return this.mvc.perform(get(path).with(request -> {
			request.setRemoteAddr("10.78." + (visitor / 250) + "." + (visitor % 250 + 1));
			return request;
		})).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	@DisplayName("Applicants read words on the other paths too: returned without consideration (DL-3), extended (DL-2), a legal representative answered by post with the phone call (RES-2), and public tracking, in kk, ru and en")
	void applicantReadsWordsOnTheOtherPaths() throws Exception {
		// DL-3: returned with the dean's explanation
		String returnedEmail = uniqueEmail("words-returned");
		Appeal returned = filedByStudent(Category.EDUCATIONAL_PROCESS, returnedEmail);
		form("/appeals/" + returned.id() + "/return", "dean", "explanation",
				"Өтініште мәселенің мәні жазылмаған, толықтырып қайта беріңіз.");
		// DL-2: extended by the dean, the applicant told
		String extendedEmail = uniqueEmail("words-extended");
		Appeal extended = filedByStudent(Category.HOUSING, extendedEmail);
		this.api.route(extended.id(), "GM1-DOC", EXECUTOR);
		LocalDate until = this.calendar.addWorkingDays(extended.dueOn().orElseThrow(), 5);
		this.api
			.post("/api/v1/appeals/" + extended.id() + "/extensions", "dean",
					"{\"until\":\"%s\",\"reason\":\"Кеңес отырысын күту\"}".formatted(until))
			.expect(201);
		awaitMail(extendedEmail, "ұзартылды");
		// RES-2: a representative's appeal, decided, answered by post with the phone call
		String representativeEmail = uniqueEmail("words-representative");
		Appeal represented = filedByRepresentative(Category.TEACHING_QUALITY, representativeEmail);
		decidedAtBody(represented, "GM1-QAC", "secretary", "PARTLY_SATISFIED");
		answerApproved(represented);
		this.api
			.post("/api/v1/appeals/" + represented.id() + "/answer/delivery", OFFICE,
					"""
							{"method":"POST","deliveredOn":"%s","postAddress":"Алматы, Төле би 94","trackingNumber":"RR987654321KZ",
							 "phoneCallOn":"%s","phoneCallNote":"Әкесіне жауап жіберілгені хабарланды"}"""
						.formatted(today(), today()))
			.expect(200);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> notificationsAbout(REPRESENTATIVE, represented).stream()
				.anyMatch(n -> n.messageKey().equals("notification.answer.delivered")));

		List<String> own = new java.util.ArrayList<>();
		for (Appeal appeal : List.of(returned, extended, represented)) {
			own.add(number(appeal));
			own.add(reload(appeal).trackingCode());
			own.add(appeal.subject());
		}
		own.addAll(List.of(returnedEmail, extendedEmail, representativeEmail, "RR987654321KZ"));
		for (Category category : Category.values()) {
			own.add("Өтініш: " + category);
		}
		List<String> found = new java.util.ArrayList<>();
		found.addAll(wordsRead(STUDENT, returnedEmail, List.of("/appeals/" + returned.id()), List.of(returned), own));
		found.addAll(wordsRead(STUDENT, extendedEmail, List.of("/appeals/" + extended.id()), List.of(extended), own));
		found.addAll(
				wordsRead(REPRESENTATIVE, representativeEmail,
						List.of("/appeals/mine", "/appeals/" + represented.id(),
								"/appeals/" + represented.id() + "/verdict", "/notifications"),
						List.of(represented), own));
		for (Appeal appeal : List.of(returned, represented)) {
			assertThat(publicPage("/track?number=" + number(appeal) + "&code=" + reload(appeal).trackingCode()))
				.as("tracking finds it")
				.contains(number(appeal))
				.doesNotContain("ot-error-summary");
			found.addAll(wordsRead(null, "nobody@example.invalid",
					List.of("/track?number=" + number(appeal) + "&code=" + reload(appeal).trackingCode()), List.of(),
					own));
		}
		assertThat(found).as("machine tokens an applicant reads").isEmpty();
	}

}

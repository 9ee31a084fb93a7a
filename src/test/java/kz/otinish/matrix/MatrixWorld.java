package kz.otinish.matrix;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import kz.otinish.BadInputs;
import kz.otinish.answer.AnswerManagement;
import kz.otinish.answer.DeliveryRecord;
import kz.otinish.appeal.Appeal;
import kz.otinish.blog.BlogFixtures;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.IncomingFile;
import kz.otinish.appeal.Outcome;
import kz.otinish.documents.DocumentKind;
import kz.otinish.documents.Documents;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.mailbox.MailboxFixtures;
import kz.otinish.review.ArgumentView;
import kz.otinish.review.DecisionView;
import kz.otinish.review.Finding;
import kz.otinish.review.MeetingView;
import kz.otinish.review.NewDecision;
import kz.otinish.review.RequestView;
import kz.otinish.review.ReviewFixtures;
import kz.otinish.review.Reviews;
import org.awaitility.Awaitility;

import org.springframework.context.ApplicationContext;

/**
 * The objects the authorization matrix asks about, made once through the modules' public
 * API, each step by the person who takes it. Every value has a name the matrix's path
 * templates use ({@code /appeals/{appeal}/attachments/{attachment}}):
 * <ul>
 * <li>{@code appeal}: the {@code student}'s GM1 application with an attachment, routed to
 * the GM1 EPC (executor {@code member}), two arguments with findings, a REV-7 request
 * answered with a file, decided at {@code meeting} with a measure ({@code action}),
 * answered, approved and delivered (the applicant may agree or complain);</li>
 * <li>{@code fresh}: the {@code student}'s GM1 application, registered, awaiting the
 * dean's triage;</li>
 * <li>{@code received}: a letter from a GM1 mailbox ({@code letter}) awaiting
 * registration;</li>
 * <li>{@code other}: another GM1 student's application ({@code student2}) with its own
 * attachment, REV-7 file and issued receipt, for the IDOR rows that pair the first
 * appeal's id with another appeal's child id;</li>
 * <li>{@code coi}: a GM1 appeal whose subjects are the dean and {@code member} (conflict
 * of interest), routed by the vice-rector to the dean's office council, on
 * {@code coiMeeting} (chaired by the dean, {@code member} sits in it) with minutes
 * recorded;</li>
 * <li>{@code coiByName}: a GM1 appeal awaiting triage whose subject is {@code member},
 * recorded by name without the account;</li>
 * <li>{@code post}: a letter to the Rector's blog awaiting moderation.</li>
 * </ul>
 */
final class MatrixWorld {

	static final String SCHOOL = ReviewFixtures.SCHOOL;

	private final Map<String, String> values = new LinkedHashMap<>();

	private MatrixWorld() {
	}

	String value(String name) {
		String value = this.values.get(name);
		if (value == null) {
			throw new IllegalArgumentException("The matrix names {" + name + "}, which the world does not have");
		}
		return value;
	}

	Map<String, String> values() {
		return this.values;
	}

	private void put(String name, Object value) {
		this.values.put(name, String.valueOf(value));
	}

	static MatrixWorld build(ApplicationContext context) {
		AppealManagement appeals = context.getBean(AppealManagement.class);
		Accounts accounts = context.getBean(Accounts.class);
		Reviews reviews = context.getBean(Reviews.class);
		AnswerManagement answers = context.getBean(AnswerManagement.class);
		Documents documents = context.getBean(Documents.class);
		Clock clock = context.getBean(Clock.class);
		ReviewFixtures review = new ReviewFixtures(appeals, accounts, reviews);
		accounts.ensureAccount("mx-student2", "secret", "Серікова Дана Ерланқызы", Role.STUDENT, SCHOOL, null, null);
		accounts.ensureAccount("mx-member2", "secret", "Тұрсынов Ерлан Асқарұлы", Role.BODY_MEMBER, SCHOOL, null, null);
		CurrentUser student = review.user("student");
		CurrentUser student2 = review.user("mx-student2");
		CurrentUser dean = review.dean();
		CurrentUser secretary = review.secretary();
		CurrentUser member = review.user("member");
		CurrentUser vicerector = review.user("vicerector");
		CurrentUser deansOffice = review.user("deansoffice");

		MatrixWorld world = new MatrixWorld();

		// the main appeal, all the way to the applicant's verdict
		Appeal appeal = appeals.fileOnline(AppealFixtures.studentApplication(student.id(), SCHOOL), List.of(pdf()));
		world.put("appeal", appeal.id());
		world.put("appealNumber", appeal.registration().orElseThrow().number());
		world.put("appealCode", appeal.trackingCode());
		world.put("attachment", appeals.attachments(appeal).get(0).id());
		reviews.route(appeal.id(), "GM1-EPC", "member", dean);
		ArgumentView argument = reviews.addArgument(appeal.id(), "Емтихан бағасы әділетсіз қойылды", dean);
		reviews.recordFinding(argument.id(), Finding.CONFIRMED, "Ведомость пен жұмыс сәйкес емес", dean);
		world.put("argument", argument.id());
		world.put("request", verificationFile(reviews, appeal, dean));
		MeetingView meeting = review.meetingWith("GM1-EPC", appeal.id(), secretary);
		world.put("meeting", meeting.id());
		DecisionView decision = reviews.decide(meeting.id(), appeal.id(), new NewDecision(Outcome.SATISFIED,
				"Баға қайта қаралады.", List.of(ReviewFixtures.measure(false)), false, null, null), secretary);
		world.put("action", decision.measures().get(0).id());
		answers.submitDraft(appeal.id(), "Сіздің өтінішіңіз қанағаттандырылды.", member);
		answers.approve(appeal.id(), dean);
		answers.recordDelivery(appeal.id(),
				DeliveryRecord.inPerson(LocalDate.now(clock), "Деканат", "Нұрланова Айгерім"), dean);
		world.put("document", receipt(documents, appeal));
		// an API token nobody holds: revoking it is 404 for everyone
		world.put("unknownToken", java.util.UUID.nameUUIDFromBytes("matrix-token".getBytes()));

		// awaiting triage, awaiting registration
		world.put("fresh", appeals.fileOnline(AppealFixtures.studentApplication(student.id(), SCHOOL), List.of()).id());
		MailboxFixtures.Letter letter = MailboxFixtures.letter(context, SCHOOL);
		world.put("letter", letter.id());
		world.put("received", letter.appealId());

		// another applicant's appeal of the same school: its children, for IDOR
		Appeal other = appeals.fileOnline(AppealFixtures.studentApplication(student2.id(), SCHOOL), List.of(pdf()));
		world.put("other", other.id());
		world.put("otherAttachment", appeals.attachments(other).get(0).id());
		reviews.route(other.id(), "GM1-EPC", "member", dean);
		world.put("otherRequest", verificationFile(reviews, other, dean));
		world.put("otherDocument", receipt(documents, other));
		world.put("otherArgument", reviews.addArgument(other.id(), "Басқа дәлел", dean).id());

		// conflict of interest: the dean and a member are the subjects of the complaint
		Appeal coi = appeals.fileOnline(AppealFixtures.studentApplication(student.id(), SCHOOL), List.of());
		reviews.recordSubject(coi.id(), dean.fullName(), dean.username(), deansOffice);
		reviews.recordSubject(coi.id(), member.fullName(), member.username(), deansOffice);
		reviews.route(coi.id(), "GM1-DOC", "secretary", vicerector);
		world.put("coi", coi.id());
		MeetingView coiMeeting = review.meetingWith("GM1-DOC", coi.id(), secretary);
		reviews.recordMinutes(coiMeeting.id(), "Отырыс өтті.", secretary);
		world.put("coiMeeting", coiMeeting.id());

		// the member recorded as a subject by name only, without the account
		Appeal byName = appeals.fileOnline(AppealFixtures.studentApplication(student.id(), SCHOOL), List.of());
		reviews.recordSubject(byName.id(), member.fullName(), null, deansOffice);
		world.put("coiByName", byName.id());

		// a letter to the Rector's blog awaiting moderation
		world.put("post", BlogFixtures.post(context));

		// literal path values
		world.put("receiptKind", DocumentKind.RECEIPT.slug());
		world.put("protocolKind", DocumentKind.PROTOCOL.slug());
		world.put("answerKind", DocumentKind.ANSWER.slug());
		world.put("appendix", 1);
		// a queue of "waiting for me" (the dean's and the officials')
		world.put("queue", "triage");
		world.put("school", SCHOOL);
		world.put("body", "GM1-DOC");
		world.put("year", LocalDate.now(clock).getYear());
		world.put("day", LocalDate.now(clock).withDayOfYear(1).plusYears(1).plusDays(40));
		world.put("nobody", UUID.randomUUID());
		world.put("user", student2.id());
		return world;
	}

	/** The receipt the documents module issues when the appeal is registered. */
	private static UUID receipt(Documents documents, Appeal appeal) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> documents.issuedFor(appeal)
				.stream()
				.filter(issued -> issued.kind() == DocumentKind.RECEIPT)
				.findFirst(), Optional::isPresent)
			.orElseThrow()
			.id();
	}

	private static IncomingFile pdf() {
		return new IncomingFile("анықтама.pdf", BadInputs.PDF);
	}

	private static UUID verificationFile(Reviews reviews, Appeal appeal, CurrentUser dean) {
		RequestView request = reviews.requestDocuments(appeal.id(), "Тіркеу кеңсесі", "Ведомость көшірмесін жіберіңіз",
				LocalDate.now().plusDays(5), dean);
		reviews.attachResponse(request.id(), "Ведомость қоса беріледі", pdf(), dean);
		return request.id();
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}

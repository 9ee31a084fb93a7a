package kz.otinish.review;

import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.TestSteps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.otinish.appeal.Outcome;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.IncomingFile;
import kz.otinish.audit.AuditEntry;
import kz.otinish.audit.AuditTrail;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * End-to-end consideration paths: routed by the dean, verified, decided at a meeting of
 * each body or of an extended commission, with the decision citing its protocol.
 */
@OtinishIntegrationTest
class ConsiderationPathsIntegrationTests {

	@Autowired
	AppealManagement appeals;

	@Autowired
	Accounts accounts;

	@Autowired
	Reviews reviews;

	@Autowired
	AuditTrail audit;

	ReviewFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new ReviewFixtures(this.appeals, this.accounts, this.reviews);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "HOUSING, GM1-DOC, secretary", "ASSESSMENT, GM1-EPC, secretary",
			"TEACHING_QUALITY, GM1-QAC, secretary" })
	@DisplayName("REV-1..REV-4, REV-7, REV-8, REV-10, REV-12: decided by each of the school's bodies at a meeting whose protocol the decision cites")
	void decidedByEachSchoolBody(Category category, String bodyCode, String runner) {
		Appeal appeal = this.fixtures.studentAppeal(category);
		assertThat(this.reviews.suggestedBody(appeal)).get().extracting(body -> body.code()).isEqualTo(bodyCode);
		decideAtBody(appeal, bodyCode, this.fixtures.user(runner));
	}

	@Test
	@DisplayName("REV-5: a staff member's business-ethics appeal is suggested for and decided by the university's Ethics Council")
	void decidedByTheEthicsCouncil() {
		Appeal appeal = this.fixtures.staffAppeal(Category.BUSINESS_ETHICS);
		assertThat(this.reviews.suggestedBody(appeal)).get().extracting(body -> body.code()).isEqualTo("ETHICS");
		decideAtBody(appeal, "ETHICS", this.fixtures.user("ethics-secretary"));
	}

	@Test
	@DisplayName("REV-5: a student's business-ethics appeal is not suggested for the Ethics Council (staff only)")
	void studentEthicsGoesToTheCouncilOfTheDeansOffice() {
		Appeal appeal = this.fixtures.studentAppeal(Category.BUSINESS_ETHICS);
		assertThat(this.reviews.suggestedBody(appeal)).get().extracting(body -> body.code()).isEqualTo("GM1-DOC");
	}

	private void decideAtBody(Appeal appeal, String bodyCode, CurrentUser runner) {
		CurrentUser dean = this.fixtures.dean();
		this.fixtures.routedAndChecked(appeal, bodyCode);
		// REV-7: a request to a unit, answered with a checked file
		RequestView request = this.reviews.requestDocuments(appeal.id(), "Тіркеу кеңсесі", "Емтихан ведомосы",
				LocalDate.now().plusDays(3), dean);
		this.reviews.attachResponse(request.id(), "Ведомость қоса беріледі", new IncomingFile("vedomost.pdf",
				"%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes()), dean);
		assertThat(this.appeals.find(appeal.id()).orElseThrow().status()).isEqualTo(AppealStatus.IN_REVIEW);
		MeetingView meeting = this.fixtures.meetingWith(bodyCode, appeal.id(), runner);
		DecisionView decision = this.reviews.decide(meeting.id(), appeal.id(),
				new NewDecision(Outcome.PARTLY_SATISFIED, "Баға қайта қаралады, дөрекілік расталмады.",
						List.of(ReviewFixtures.measure(true), ReviewFixtures.recommendation()), false, null, null),
				runner);
		Appeal decided = this.appeals.find(appeal.id()).orElseThrow();
		assertThat(decided.status()).isEqualTo(AppealStatus.DECIDED);
		assertThat(decided.decision()).get()
			.satisfies(typed -> assertThat(typed.protocolNumber()).isEqualTo(meeting.protocol()));
		assertThat(decision.meeting().protocolNumber()).isEqualTo(meeting.protocolNumber());
		assertThat(decision.meeting().date()).isEqualTo(LocalDate.now());
		assertThat(decision.measures()).singleElement().satisfies(m -> assertThat(m.disciplinary()).isTrue());
		assertThat(decision.recommendations()).hasSize(1);
		assertThat(decision.findings()).extracting(ArgumentView::finding)
			.containsExactly(Finding.CONFIRMED, Finding.NOT_CONFIRMED);
		assertThat(this.reviews.review(appeal.id(), dean).requests()).singleElement()
			.satisfies(r -> assertThat(r.fileName()).isEqualTo("vedomost.pdf"));
		// REV-10: the recommendation is tracked to completion
		ActionView recommendation = decision.recommendations().get(0);
		assertThat(this.reviews.openActions()).extracting(ActionView::id).contains(recommendation.id());
		this.reviews.completeAction(recommendation.id(), "Критерийлер сайтта жарияланды", dean);
		assertThat(this.reviews.openActions()).extracting(ActionView::id).doesNotContain(recommendation.id());
		assertThat(this.audit.of(appeal.id())).extracting(AuditEntry::action)
			.containsSubsequence("SEND_TO_REVIEW", "RECORD_FINDING", "REQUEST_DOCUMENTS", "ATTACH_RESPONSE",
					"PUT_ON_AGENDA", "DECIDE", "COMPLETE_RECOMMENDATION");
	}

	@Test
	@DisplayName("REV-12, REV-8: a decision is refused while an argument has no finding, and when confirmed facts have no measure")
	void decisionNeedsFindingsAndMeasures() {
		CurrentUser dean = this.fixtures.dean();
		Appeal appeal = this.fixtures.studentAppeal(Category.HOUSING);
		this.reviews.route(appeal.id(), "GM1-DOC", "member", dean);
		ArgumentView argument = this.reviews.addArgument(appeal.id(), "Жатақханада жылу жоқ", dean);
		MeetingView meeting = this.fixtures.meetingWith("GM1-DOC", appeal.id(), this.fixtures.secretary());
		NewDecision withoutMeasures = new NewDecision(Outcome.SATISFIED, "Жылу қалпына келтіріледі.", List.of(), false,
				null, null);
		assertThatThrownBy(
				() -> this.reviews.decide(meeting.id(), appeal.id(), withoutMeasures, this.fixtures.secretary()))
			.isInstanceOfSatisfying(Refused.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("review.decision.argumentsUnchecked"));
		this.reviews.recordFinding(argument.id(), Finding.CONFIRMED, "Акт 12.11", dean);
		assertThatThrownBy(
				() -> this.reviews.decide(meeting.id(), appeal.id(), withoutMeasures, this.fixtures.secretary()))
			.isInstanceOfSatisfying(Refused.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("review.decision.measuresRequired"));
		// REV-9 belongs to the extended commission only
		NewDecision untrue = new NewDecision(Outcome.NOT_SATISFIED, "Жалған.", List.of(ReviewFixtures.measure(false)),
				true, "Сөгіс", "Кешірім сұралды");
		assertThatThrownBy(() -> this.reviews.decide(meeting.id(), appeal.id(), untrue, this.fixtures.secretary()))
			.isInstanceOfSatisfying(Refused.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("review.decision.untrueOnlyCommission"));
		assertThat(this.appeals.find(appeal.id()).orElseThrow().status()).isEqualTo(AppealStatus.IN_REVIEW);
	}

	@Test
	@DisplayName("REV-6, REV-9: an extended commission formed by the dean's order decides, recognising knowingly false facts as untrue with measures against the applicant and an apology")
	void decidedByAnExtendedCommission() {
		CurrentUser dean = this.fixtures.dean();
		Appeal appeal = this.fixtures.routedAndChecked(this.fixtures.studentAppeal(Category.ASSESSMENT), "GM1-EPC");
		CommissionView commission = this.reviews.formCommission(appeal.id(),
				new NewCommission("45-ө", LocalDate.now(),
						List.of(new CommissionMember(MemberKind.YOUTH_POLICY, "Мәмиев Мейрам", null),
								new CommissionMember(MemberKind.STUDENT_DEANS_OFFICE, "Зайцев Сергей", null),
								new CommissionMember(MemberKind.EPC, "Сәрсенбаев Талғат", null),
								new CommissionMember(MemberKind.QAC, "Морозов Олег", null),
								new CommissionMember(MemberKind.LEGAL, "Бейсенов Бауыржан", null),
								new CommissionMember(MemberKind.OTHER, "Ким Алексей (IT бөлімі)", null))),
				dean);
		assertThat(commission.chairName()).isEqualTo(dean.fullName());
		assertThat(commission.members()).extracting(CommissionMember::kind)
			.startsWith(MemberKind.CHAIR)
			.contains(MemberKind.OTHER);
		assertThat(this.reviews.commissionOf(appeal.id())).get()
			.satisfies(c -> assertThat(c.orderNumber()).isEqualTo("45-ө"));
		MeetingView first = this.fixtures.meetingWith(commission.forumKey(), appeal.id(), dean);
		assertThat(first.protocolNumber()).isEqualTo(1);
		DecisionView decision = this.reviews.decide(first.id(), appeal.id(),
				new NewDecision(Outcome.NOT_SATISFIED, "Оқытушы туралы мәліметтер көрінеу жалған.",
						List.of(ReviewFixtures.measure(false)), true, "Өтініш берушіге ескерту",
						"Өтініш беруші оқытушыдан жазбаша кешірім сұрады"),
				dean);
		assertThat(decision.commission()).isNotNull();
		assertThat(decision.untrueRecognized()).isTrue();
		assertThat(decision.apology()).contains("кешірім");
		assertThat(decision.applicantMeasures()).isEqualTo("Өтініш берушіге ескерту");
		assertThat(this.appeals.find(appeal.id()).orElseThrow().status()).isEqualTo(AppealStatus.DECIDED);
		assertThat(this.audit.of(appeal.id())).extracting(AuditEntry::action).contains("FORM_COMMISSION", "DECIDE");
	}

	@Test
	@DisplayName("REV-6: the commission refuses to form without a mandatory member, naming what is missing; staff need the Ethics Council and the trade union")
	void commissionRefusesWithoutMandatoryMembers() {
		CurrentUser dean = this.fixtures.dean();
		Appeal student = this.fixtures.studentAppeal(Category.ASSESSMENT);
		this.reviews.route(student.id(), "GM1-EPC", "member", dean);
		List<CommissionMember> withoutLawyer = List.of(new CommissionMember(MemberKind.YOUTH_POLICY, "Мәмиев", null),
				new CommissionMember(MemberKind.STUDENT_DEANS_OFFICE, "Зайцев", null),
				new CommissionMember(MemberKind.EPC, "Сәрсенбаев", null),
				new CommissionMember(MemberKind.QAC, "Морозов", null));
		// the missing members are named in the reader's language
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("kk"));
		assertThatThrownBy(() -> this.reviews.formCommission(student.id(),
				new NewCommission("46-ө", LocalDate.now(), withoutLawyer), dean))
			.isInstanceOfSatisfying(Refused.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("review.commission.missing");
				assertThat(ex.arguments()).singleElement().asString().isEqualTo("Заңгер");
			});
		Appeal staff = this.fixtures.staffAppeal(Category.BUSINESS_ETHICS);
		this.reviews.route(staff.id(), "ETHICS", "member", dean);
		assertThatThrownBy(() -> this.reviews.formCommission(staff.id(),
				new NewCommission("47-ө", LocalDate.now(),
						List.of(new CommissionMember(MemberKind.EPC, "Сәрсенбаев", null),
								new CommissionMember(MemberKind.QAC, "Морозов", null),
								new CommissionMember(MemberKind.LEGAL, "Бейсенов", null))),
				dean))
			.isInstanceOfSatisfying(Refused.class,
					ex -> assertThat(ex.arguments()).singleElement()
						.asString()
						.contains("Этикалық кеңес")
						.contains("кәсіподақ"));
		org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		assertThat(this.reviews.commissionOf(student.id())).isEmpty();
		assertThat(this.reviews.commissionOf(staff.id())).isEmpty();
		// not for an appeal that is not under consideration
		Appeal registered = this.fixtures.studentAppeal(Category.HOUSING);
		assertThatThrownBy(() -> this.reviews.formCommission(registered.id(),
				new NewCommission("48-ө", LocalDate.now(), withoutLawyer), dean))
			.isInstanceOfSatisfying(Refused.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("review.commission.notInReview"));
	}

	@Test
	@DisplayName("REV-11: a repeated appeal is terminated only when the earlier file was answered, citing its materials and answer")
	void terminatedRepeated() {
		CurrentUser dean = this.fixtures.dean();
		Appeal earlier = this.fixtures.studentAppeal(Category.ASSESSMENT);
		Appeal repeated = this.fixtures.studentAppeal(Category.ASSESSMENT);
		assertThatThrownBy(() -> this.reviews.terminateRepeated(repeated.id(), "Тексеру материалдары", "Жауап", dean))
			.isInstanceOfSatisfying(Refused.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("review.terminate.notRepeated"));
		this.appeals.markRepeated(repeated.id(), earlier.id(), kz.otinish.appeal.RepeatGround.DECISION_CONTESTED, dean);
		assertThatThrownBy(() -> this.reviews.terminateRepeated(repeated.id(), "Тексеру материалдары", "Жауап", dean))
			.isInstanceOfSatisfying(Refused.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("review.terminate.earlierNotAnswered"));
		Instant now = Instant.now();
		this.appeals.performAt(earlier.id(), new AppealCommand.StartTriage(), TestSteps.SYSTEM, now);
		this.appeals.performAt(earlier.id(), TestSteps.route("GM1-EPC"), TestSteps.SYSTEM, now);
		this.appeals.performAt(earlier.id(), TestSteps.decide(Outcome.EXPLAINED), TestSteps.SYSTEM, now);
		this.appeals.performAt(earlier.id(), new AppealCommand.Deliver("қолма-қол"), TestSteps.SYSTEM, now);
		assertThatThrownBy(() -> this.reviews.terminateRepeated(repeated.id(), " ", "Жауап", dean))
			.isInstanceOfSatisfying(Refused.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("review.terminate.referenceMissing"));
		Appeal terminated = this.reviews.terminateRepeated(repeated.id(), "Іс №12, 14 парақ тексеру материалдары",
				"Жауап №01-15/88, 2026-10-02", dean);
		assertThat(terminated.status()).isEqualTo(AppealStatus.TERMINATED);
		assertThat(terminated.statusNote()).contains("REV-11")
			.contains(earlier.registration().orElseThrow().number())
			.contains("Іс №12")
			.contains("01-15/88");
	}

}

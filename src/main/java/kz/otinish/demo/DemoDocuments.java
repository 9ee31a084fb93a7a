package kz.otinish.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFilter;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.documents.AnswerLetter;
import kz.otinish.documents.CommissionOrder;
import kz.otinish.documents.DocumentKind;
import kz.otinish.documents.Documents;
import kz.otinish.documents.ExtensionNotice;
import kz.otinish.documents.MeetingProtocol;
import kz.otinish.documents.Signatory;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.organization.OfficialView;
import kz.otinish.organization.Organization;
import kz.otinish.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo documents that the review, answer and clock modules will issue once wired: a
 * protocol of a dean's office council for (up to) two appeals under review, a DL-2
 * extension notice, a REV-6 order forming an extended commission, and the answer to a
 * decided appeal. Idempotent: nothing is issued when an appeal under review already has a
 * protocol.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty("otinish.demo.enabled")
@Order(320)
class DemoDocuments implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);

	private static final String BY = "Демо деректер / demo";

	private final AppealManagement appeals;

	private final Accounts accounts;

	private final Documents documents;

	private final Organization organization;

	private final Clock clock;

	DemoDocuments(AppealManagement appeals, Accounts accounts, Documents documents, Organization organization,
			Clock clock) {
		this.appeals = appeals;
		this.organization = organization;
		this.accounts = accounts;
		this.documents = documents;
		this.clock = clock;
	}

	@Override
	public void seed() {
		CurrentUser rector = this.accounts.byUsername("rector").orElse(null);
		if (rector == null) {
			return;
		}
		List<Appeal> inReview = withStatus(AppealStatus.IN_REVIEW, rector);
		List<Appeal> decided = new ArrayList<>(withStatus(AppealStatus.DECIDED, rector));
		decided.addAll(withStatus(AppealStatus.ANSWERED, rector));
		if (inReview.isEmpty() || inReview.stream()
			.flatMap(appeal -> this.documents.issuedFor(appeal).stream())
			.anyMatch(document -> document.kind() == DocumentKind.PROTOCOL)) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		Appeal first = inReview.get(0);
		// a body considers its own school's appeals
		Appeal second = inReview.stream()
			.filter(other -> other != first && java.util.Objects.equals(other.schoolCode(), first.schoolCode()))
			.findFirst()
			.orElse(first);
		String code = String.valueOf(first.schoolCode());
		java.util.Locale kk = Language.KK.locale();
		String school = this.organization.school(code).map(found -> found.name(kk)).orElse(code);
		Signatory dean = new Signatory(
				this.organization.dean(code).map(OfficialView::fullName).orElse("Оспанова Шолпан Қайратқызы"),
				school + " деканы");
		String council = school + " деканатының кеңесі";
		Signatory secretary = new Signatory("Әлімжанов Әділет Бауыржанұлы", "Кеңес хатшысы");
		this.documents.issue(new MeetingProtocol(Language.KK, council, code + "-DC-" + today.getYear() + "-3",
				today.getYear(), today.minusDays(1), "Төле би к-сі, 94, 210-аудитория", dean, secretary,
				List.of(new MeetingProtocol.Attendee(dean, true), new MeetingProtocol.Attendee(secretary, true),
						new MeetingProtocol.Attendee(new Signatory("Егорова Анна Павловна", "Доцент"), true),
						new MeetingProtocol.Attendee(new Signatory("Тұрсынова Әсел Болатқызы", "Эдвайзер"), false)),
				(first == second)
						? List
							.of(item(first, "Өтініш берушінің түсініктемесі тыңдалды; кафедрадан құжаттар сұратылды."))
						: List.of(
								item(first, "Өтініш берушінің түсініктемесі тыңдалды; кафедрадан құжаттар сұратылды."),
								item(second, "Кафедра меңгерушісінің анықтамасы қаралды."))),
				BY);
		this.documents.issue(first.id(),
				new ExtensionNotice(first.language(), number(first), day(first), name(first), first.applicant().email(),
						first.subject(), first.dueOn().orElse(today.plusDays(5)),
						first.dueOn().orElse(today.plusDays(5)).plusDays(14),
						"Кафедрадан қосымша құжаттар мен түсініктемелер сұратылды (DL-2).", dean, today),
				BY);
		this.documents.issue(second.id(),
				new CommissionOrder(second.language(), "ЖМ-" + today.getYear() + "/17", today, school, number(second),
						second.subject(), dean,
						List.of(new CommissionOrder.Member("Серікбаев Ерлан", "Бас маман",
								"Жастар саясаты департаменті", CommissionOrder.MandatoryRole.YOUTH_POLICY),
								new CommissionOrder.Member("Тұрсынова Әсел Болатқызы", "Эдвайзер",
										"Студенттер деканаты", CommissionOrder.MandatoryRole.STUDENT_DEANS_OFFICE),
								new CommissionOrder.Member("Егорова Анна Павловна", "Төраға",
										"Білім беру бағдарламалары комитеті", CommissionOrder.MandatoryRole.EPC),
								new CommissionOrder.Member("Ким Виктория Александровна", "Төраға",
										"Сапаны қамтамасыз ету комитеті", CommissionOrder.MandatoryRole.QAC),
								new CommissionOrder.Member("Бекенов Ержан Талғатұлы", "Заңгер", "Заң бөлімі",
										CommissionOrder.MandatoryRole.LAWYER)),
						today.plusDays(10)),
				BY);
		if (!decided.isEmpty()) {
			Appeal answered = decided.get(0);
			this.documents.issue(answered.id(), new AnswerLetter(answered.language(), number(answered), day(answered),
					name(answered), name(answered) + ", " + String.valueOf(answered.applicant().address()),
					answered.subject(),
					"Деканат кеңесі өтініште көрсетілген фактілерді тексерді, кафедраның түсініктемесін тыңдады.",
					List.of(new AnswerLetter.Finding("Сабақ кестесі ескертусіз өзгертілді", true,
							"Оқу бөлімінің 12.11 өкімі студенттерге жарияланбаған"),
							new AnswerLetter.Finding("Аудитория жабдықталмаған", false, "Аудиторияны тексеру актісі")),
					AnswerLetter.Outcome.PARTLY_SATISFIED, "Өтініш ішінара қанағаттандырылсын.",
					new AnswerLetter.ProtocolReference(
							council, code + "-DC-" + today.getYear() + "-2", today.minusDays(7)),
					List.of("Кесте өзгерістері 3 күн бұрын порталда жариялансын."),
					new AnswerLetter.ComplaintRight(
							new Signatory("Никитина Людмила Павловна", "Академиялық мәселелер жөніндегі проректор"),
							today.plusMonths(3)),
					dean, today, "ШЫҒ-" + today.getYear() + "/41"), BY);
		}
		log.info("Issued demo documents (protocol, DL-2 notice, REV-6 order, answer)");
	}

	private List<Appeal> withStatus(AppealStatus status, CurrentUser user) {
		return this.appeals.list(AppealFilter.status(status), PageRequest.of(0, 20), user)
			.stream()
			.filter(appeal -> appeal.registration().isPresent() && !appeal.anonymous())
			.toList();
	}

	private static MeetingProtocol.AgendaItem item(Appeal appeal, String discussion) {
		return new MeetingProtocol.AgendaItem(appeal.id(), number(appeal), appeal.subject(), discussion,
				"Кеңейтілген комиссия құру ұсынылсын; өтініш берушіге қарау мерзімінің ұзартылғаны хабарлансын.",
				"қолдайды 3, қарсы 0");
	}

	private static String number(Appeal appeal) {
		return appeal.registration().orElseThrow().number();
	}

	private LocalDate day(Appeal appeal) {
		return appeal.registration().orElseThrow().registeredAt().atZone(this.clock.getZone()).toLocalDate();
	}

	private static String name(Appeal appeal) {
		return (appeal.applicant().fullName() != null) ? appeal.applicant().fullName() : "—";
	}

}

package kz.otinish.demo;

import kz.otinish.appeal.Actor;
import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.AppealDecision;
import kz.otinish.appeal.Outcome;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kz.otinish.answer.AnswerManagement;
import kz.otinish.answer.DeliveryRecord;
import kz.otinish.appeal.Addressee;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealManagement;
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
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The answer at every step for the demo accounts of GM1: a draft awaiting the dean, an
 * approved answer awaiting delivery, answers delivered to a student (awaiting the
 * verdict), a representative (by post, with the phone call) and a staff member (in person
 * and by e-mail), and one complaint to the vice-rector. Loaded once.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty("otinish.demo.enabled")
@Order(310)
class DemoAnswers implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoAnswers.class);

	private final AppealManagement appeals;

	private final AnswerManagement answers;

	private final Accounts accounts;

	private final Clock clock;

	private final DemoRecords records;

	private final kz.otinish.appeal.AppealLists lists;

	DemoAnswers(AppealManagement appeals, AnswerManagement answers, Accounts accounts, Clock clock, DemoRecords records,
			kz.otinish.appeal.AppealLists lists) {
		this.lists = lists;
		this.records = records;
		this.appeals = appeals;
		this.answers = answers;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public void seed() {
		Optional<CurrentUser> student = this.accounts.byUsername("student");
		Optional<CurrentUser> staff = this.accounts.byUsername("staff");
		Optional<CurrentUser> representative = this.accounts.byUsername("representative");
		Optional<CurrentUser> dean = this.accounts.byUsername("dean");
		Optional<CurrentUser> office = this.accounts.byUsername("deansoffice");
		if (student.isEmpty() || staff.isEmpty() || representative.isEmpty() || dean.isEmpty() || office.isEmpty()) {
			return;
		}
		boolean seeded = this.lists
			.list(kz.otinish.appeal.AppealFilter.none(), org.springframework.data.domain.PageRequest.of(0, 200),
					student.get())
			.stream()
			.anyMatch(appeal -> this.answers.latestDraft(appeal.id()).isPresent());
		if (seeded) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		CurrentUser executor = office.get();

		Appeal awaitingDean = decided(student(student.get(), "Жатақханада жылу жоқ", Language.KK), executor);
		this.answers.submitDraft(awaitingDean.id(), this.answers.template(awaitingDean), executor);

		Appeal awaitingDelivery = decided(student(student.get(), "Пересмотр оценки за экзамен", Language.RU), executor);
		approve(awaitingDelivery, executor, dean.get());

		Appeal delivered = decided(student(student.get(), "Емтихан бағасын қайта қарау", Language.KK), executor);
		approve(delivered, executor, dean.get());
		this.answers.recordDelivery(delivered.id(),
				DeliveryRecord.inPerson(today, "Тұрсынова Әсел Болатқызы", "Нұрланова Айгерім Серікқызы"), executor);

		Appeal contested = decided(student(student.get(), "Силлабуста көрсетілмеген тақырыптар", Language.KK),
				executor);
		approve(contested, executor, dean.get());
		this.answers.recordDelivery(contested.id(),
				DeliveryRecord.byPost(today.minusDays(3), "Алматы қ., Абай даңғылы, 12", "RR102030405KZ"), executor);
		this.answers.disagree(contested.id(), "Силлабус бойынша шешіммен келіспеймін: тақырыптар әлі де өтілмеді.",
				null, student.get());

		Appeal represented = decided(new NewAppeal(AppealKind.APPLICATION, Channel.PORTAL,
				Applicant.student("Серікбаев Алихан Маратұлы", LevelOfStudy.BACHELOR, "Жалпы медицина", 1,
						StudyLanguage.KAZAKH, Funding.GRANT, StudyForm.FULL_TIME, "Алматы қ., Сәтпаев к-сі, 30",
						"+7 701 222 33 44", "serikbayeva@example.kz"),
				false, false,
				new Representative("Серікбаева Гүлнар Ахметқызы", RepresentationReason.MINOR,
						"Туу туралы куәлік № 0456"),
				List.of(), "GM1", Addressee.DEAN, Category.HOUSING, "Баламның жатақханадағы орны",
				"Балама жатақханадан орын беруіңізді сұраймын.", Language.KK, representative.get().id(), null, null,
				null), executor);
		approve(represented, executor, dean.get());
		this.answers.recordDelivery(represented.id(),
				DeliveryRecord.byPost(today, "Алматы қ., Сәтпаев к-сі, 30", "RR556677889KZ")
					.withPhoneCall(today.minusDays(1), "Серікбаева Г. А.: жауап 3 күн ішінде келеді"),
				executor);

		Appeal staffAppeal = decided(new NewAppeal(AppealKind.APPLICATION, Channel.PORTAL,
				Applicant.staff("Қасымов Дәурен Маратұлы", "Кафедра доценті", "Алматы қ., Төле би к-сі, 94",
						"+7 701 333 44 55",
						staff.get().email() != null ? staff.get().email() : "staff@university.example"),
				false, false, null, List.of(), "GM1", Addressee.DEAN, Category.RESOURCES_AND_CONDITIONS,
				"Не хватает оборудования в лаборатории", "Прошу обеспечить лабораторию оборудованием.", Language.RU,
				staff.get().id(), null, null, null), executor);
		approve(staffAppeal, executor, dean.get());
		this.answers.recordDelivery(staffAppeal.id(),
				DeliveryRecord.inPerson(today, "Тұрсынова Әсел Болатқызы", "Қасымов Дәурен Маратұлы"), executor);
		log.info("Loaded the demo answers: drafts, deliveries and one complaint");
	}

	private NewAppeal student(CurrentUser owner, String subject, Language language) {
		return new NewAppeal(AppealKind.APPLICATION, Channel.PORTAL,
				Applicant.student(owner.fullName(), LevelOfStudy.BACHELOR, "Жалпы медицина", 2,
						language == Language.RU ? StudyLanguage.RUSSIAN : StudyLanguage.KAZAKH, Funding.GRANT,
						StudyForm.FULL_TIME, "Алматы қ., Абай даңғылы, 12", "+7 701 555 12 34",
						owner.email() != null ? owner.email() : "student@example.kz"),
				false, false, null, List.of(), "GM1", Addressee.DEAN, Category.ASSESSMENT, subject,
				subject + (language == Language.RU ? ". Прошу рассмотреть." : ". Қарауыңызды сұраймын."), language,
				owner.id(), null, null, null);
	}

	private Appeal decided(NewAppeal appeal, CurrentUser executor) {
		Appeal filed = this.appeals.fileOnline(appeal, List.of());
		this.records.created(filed.id());
		Instant now = this.clock.instant();
		Actor office = Actor.system("Кеңсе бөлімі (demo)");
		this.appeals.perform(filed.id(), new AppealCommand.Route("GM1-DOC", executor.username(), executor.fullName()),
				office);
		LocalDate today = LocalDate.now(this.clock);
		return this.appeals.perform(filed.id(),
				// the council met a week ago: the answers are delivered after it
				new AppealCommand.Decide(new AppealDecision(Outcome.PARTLY_SATISFIED, null, "1/" + today.getYear(),
						today.minusDays(7), null)),
				office);
	}

	private void approve(Appeal appeal, CurrentUser executor, CurrentUser dean) {
		this.answers.submitDraft(appeal.id(), this.answers.template(appeal), executor);
		this.answers.approve(appeal.id(), dean);
	}

}

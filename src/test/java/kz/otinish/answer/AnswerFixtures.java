package kz.otinish.answer;

import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.TestSteps;
import kz.otinish.appeal.Outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kz.otinish.appeal.Addressee;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Applicant;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.NewAppeal;
import kz.otinish.appeal.RepresentationReason;
import kz.otinish.appeal.Representative;
import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;

/** Decided appeals of each applicant type, ready for their answer. */
final class AnswerFixtures {

	static final String SCHOOL = "GM1";

	private AnswerFixtures() {
	}

	static NewAppeal student(@Nullable UUID owner) {
		return AppealFixtures.studentApplication(owner, SCHOOL);
	}

	static NewAppeal representative(@Nullable UUID owner) {
		return new NewAppeal(AppealKind.APPLICATION, Channel.PORTAL, AppealFixtures.student(), false, false,
				new Representative("Сейітов Нұрлан Асқарұлы", RepresentationReason.MINOR, "Туу туралы куәлік № 123"),
				List.of(), SCHOOL, Addressee.DEAN, Category.ASSESSMENT, "Баламның бағасы", "Бағамен келіспейміз.",
				Language.KK, owner, null, null, null);
	}

	static NewAppeal staff(@Nullable UUID owner, String email, Language language) {
		return new NewAppeal(AppealKind.APPLICATION, Channel.PORTAL,
				Applicant.staff("Иванова Мария Петровна", "Доцент кафедры", "Алматы, ул. Толе би, 94",
						"+7 701 111 22 33", email),
				false, false, null, List.of(), SCHOOL, Addressee.DEAN, Category.RESOURCES_AND_CONDITIONS,
				"Условия труда на кафедре", "Прошу рассмотреть условия труда.", language, owner, null, null, null);
	}

	/** Filed online, triaged, reviewed and decided, with an executor named. */
	static Appeal decided(AppealManagement appeals, NewAppeal appeal, String executor) {
		return decided(appeals, appeal, executor, LocalDate.of(2026, 11, 25));
	}

	/** Decided at a meeting on this day. */
	static Appeal decided(AppealManagement appeals, NewAppeal appeal, String executor, LocalDate decidedOn) {
		Appeal filed = appeals.fileOnline(appeal, List.of());
		Instant now = Instant.now();
		appeals.performAt(filed.id(), new AppealCommand.StartTriage(), TestSteps.SYSTEM, now);
		appeals.performAt(filed.id(),
				new AppealCommand.Route("DEANS_OFFICE_COUNCIL", executor, "Орындаушы " + executor), TestSteps.SYSTEM,
				now);
		return appeals.performAt(filed.id(), TestSteps.decide(Outcome.SATISFIED, decidedOn), TestSteps.SYSTEM, now);
	}

}

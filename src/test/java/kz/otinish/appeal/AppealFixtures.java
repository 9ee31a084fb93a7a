package kz.otinish.appeal;

import java.util.List;
import java.util.UUID;

import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;

/** Appeals as tests need them. */
public final class AppealFixtures {

	private AppealFixtures() {
	}

	public static Applicant student() {
		return Applicant.student("Әлия Нұрланқызы Сейітова", LevelOfStudy.BACHELOR, "Жалпы медицина", 2,
				StudyLanguage.KAZAKH, Funding.GRANT, StudyForm.FULL_TIME, "Алматы қ., Төле би к-сі, 94",
				"+7 701 555 12 34", "aliya@example.kz");
	}

	public static NewAppeal studentApplication(@Nullable UUID owner, String school) {
		return new NewAppeal(AppealKind.APPLICATION, Channel.PORTAL, student(), false, false, null, List.of(), school,
				Addressee.DEAN, Category.ASSESSMENT, "Емтихан бағасын қайта қарау", "Емтихан бағасымен келіспеймін.",
				Language.KK, owner, null, null, null);
	}

	public static NewAppeal anonymousLetter(String school) {
		return new NewAppeal(AppealKind.APPLICATION, Channel.EMAIL,
				Applicant.partial(ApplicantType.STUDENT, null, null, null, "nobody@example.kz"), false, false, null,
				List.of(), school, Addressee.DEAN, Category.OTHER, "Хат", "Мәтін", Language.KK, null, null, null, null);
	}

}

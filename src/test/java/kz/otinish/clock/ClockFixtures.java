package kz.otinish.clock;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import kz.otinish.TestMailServer;
import kz.otinish.appeal.Addressee;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.Applicant;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.Funding;
import kz.otinish.appeal.LevelOfStudy;
import kz.otinish.appeal.NewAppeal;
import kz.otinish.appeal.StudyForm;
import kz.otinish.appeal.StudyLanguage;
import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;

/** Appeals and mail as the clock's tests need them. */
final class ClockFixtures {

	private ClockFixtures() {
	}

	/**
	 * A student's application to a school, in a language, with its own e-mail address.
	 */
	static NewAppeal application(@Nullable UUID owner, String school, Language language, String email) {
		Applicant applicant = Applicant.student("Дана Ерланқызы Омарова", LevelOfStudy.BACHELOR, "Жалпы медицина", 3,
				StudyLanguage.RUSSIAN, Funding.GRANT, StudyForm.FULL_TIME, "Алматы қ., Абай д-лы, 10",
				"+7 701 555 00 11", email);
		return new NewAppeal(AppealKind.APPLICATION, Channel.PORTAL, applicant, false, false, null, List.of(), school,
				Addressee.DEAN, Category.ASSESSMENT, "Пересмотр оценки", "Прошу пересмотреть оценку за экзамен.",
				language, owner, null, null, null);
	}

	static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.kz";
	}

	/** Subjects of the mail received for this address. */
	static List<String> subjects(String address) {
		return TestMailServer.to(address).stream().map(ClockFixtures::subject).toList();
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String body(MimeMessage message) {
		try {
			Object content = message.getContent();
			return content instanceof String text ? text
					: new String(message.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package kz.otinish.blog;

import java.util.UUID;

import kz.otinish.appeal.ApplicantType;
import kz.otinish.appeal.Category;
import kz.otinish.shared.Language;

import org.springframework.context.ApplicationContext;

/**
 * A letter to the Rector's blog awaiting moderation, for tests outside the blog module.
 */
public final class BlogFixtures {

	private BlogFixtures() {
	}

	/** A signed letter from a GM1 student; returns the post's id. */
	public static UUID post(ApplicationContext context) {
		BlogModeration blog = context.getBean(BlogModeration.class);
		return blog
			.write(new NewPost("Кітапханада орын жетпейді.", "Айдана Серікова", "Алматы, Төле би 1",
					"aidana@example.kz", null, ApplicantType.STUDENT, Category.RESOURCES_AND_CONDITIONS, "GM1",
					Language.KK))
			.id();
	}

}

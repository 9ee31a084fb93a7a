package kz.otinish.blog;

import java.util.UUID;

import kz.otinish.appeal.ApplicantType;
import kz.otinish.appeal.Category;
import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;

/** A post as its author sent it; blank optional fields are {@code null}. */
record NewPost(String text, @Nullable String authorName, @Nullable String authorAddress, @Nullable String authorContact,
		@Nullable UUID accountId, ApplicantType authorType, Category category, @Nullable String schoolCode,
		Language language) {
}

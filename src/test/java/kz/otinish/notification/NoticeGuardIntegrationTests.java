package kz.otinish.notification;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Category;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import kz.otinish.review.ReviewFixtures;
import kz.otinish.review.Reviews;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Conflict of interest: no notice about an appeal reaches a person it is about. */
@OtinishIntegrationTest
class NoticeGuardIntegrationTests {

	@Autowired
	NoticeGuard guard;

	@Autowired
	AppealManagement appeals;

	@Autowired
	Accounts accounts;

	@Autowired
	Reviews reviews;

	@Test
	@DisplayName("Conflict of interest: the subject hears nothing about the appeal, by account (any case) or by e-mail; others do")
	void subjectHearsNothing() {
		ReviewFixtures fixtures = new ReviewFixtures(this.appeals, this.accounts, this.reviews);
		this.accounts.ensureAccount("it-guard-teacher", "secret", "Күзетов Нотис Тестұлы", Role.BODY_MEMBER,
				ReviewFixtures.SCHOOL, "guard.teacher@university.example", null);
		Appeal appeal = fixtures.studentAppeal(Category.TEACHING_QUALITY);
		assertThat(this.guard.mayHear(appeal.id(), "it-guard-teacher", null)).isTrue();
		this.reviews.recordSubject(appeal.id(), null, "it-guard-teacher", fixtures.dean());
		assertThat(this.guard.mayHear(appeal.id(), "it-guard-teacher", null)).isFalse();
		assertThat(this.guard.mayHear(appeal.id(), "IT-GUARD-TEACHER", null)).isFalse();
		assertThat(this.guard.mayHear(appeal.id(), null, "Guard.Teacher@university.example")).isFalse();
		assertThat(this.guard.mayHear(appeal.id(), "dean", null)).isTrue();
		assertThat(this.guard.mayHear(appeal.id(), null, "someone@example.kz")).isTrue();
	}

}

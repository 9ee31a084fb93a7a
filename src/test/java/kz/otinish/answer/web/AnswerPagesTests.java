package kz.otinish.answer.web;

import kz.otinish.answer.AnswerManagement.AnswerOptions;
import kz.otinish.answer.RecipientKind;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** What the answer page shows, decided once in {@link AnswerPages}. */
class AnswerPagesTests {

	private final AnswerPages pages = new AnswerPages();

	private final AnswerOptions none = new AnswerOptions(false, false, false, false, false, false, false,
			RecipientKind.values()[0]);

	@Test
	@DisplayName("Before the decision, with no draft and no delivery, the page says the answer comes after the decision")
	void notYet() {
		assertThat(this.pages.of(appeal(AppealStatus.IN_REVIEW), this.none, false, false).notYet()).isTrue();
		assertThat(this.pages.of(appeal(AppealStatus.DECIDED), this.none, false, false).notYet()).isFalse();
		assertThat(this.pages.of(appeal(AppealStatus.IN_REVIEW), this.none, false, true).notYet()).isFalse();
		assertThat(this.pages.of(appeal(AppealStatus.ANSWERED), this.none, true, false).notYet()).isFalse();
	}

	@Test
	@DisplayName("The rules panel shows to whoever may write, review or deliver the answer")
	void rulePanel() {
		Appeal decided = appeal(AppealStatus.DECIDED);
		assertThat(this.pages.of(decided, this.none, false, false).rulePanel()).isFalse();
		assertThat(
				this.pages
					.of(decided,
							new AnswerOptions(true, false, false, false, false, false, false,
									RecipientKind.values()[0]),
							false, false)
					.rulePanel())
			.isTrue();
		assertThat(
				this.pages
					.of(decided,
							new AnswerOptions(false, false, true, false, false, false, false,
									RecipientKind.values()[0]),
							false, false)
					.rulePanel())
			.isTrue();
	}

	private static Appeal appeal(AppealStatus status) {
		Appeal appeal = mock(Appeal.class);
		given(appeal.status()).willReturn(status);
		return appeal;
	}

}

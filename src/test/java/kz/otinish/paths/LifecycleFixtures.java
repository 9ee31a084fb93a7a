package kz.otinish.paths;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import kz.otinish.answer.AnswerManagement;
import kz.otinish.answer.DeliveryRecord;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Outcome;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.review.MeetingView;
import kz.otinish.review.NewDecision;
import kz.otinish.review.ReviewFixtures;
import kz.otinish.review.Reviews;

/**
 * Appeals at the end of their way, made through the same public API the pages use, each
 * step by the person who takes it: a student's application to the GM1 dean, routed to the
 * EPC, decided at its meeting, answered, delivered in person and closed. For tests that
 * need a finished case file now that the test data has no demo appeals.
 */
public final class LifecycleFixtures {

	private final AppealManagement appeals;

	private final Reviews reviews;

	private final AnswerManagement answers;

	private final ReviewFixtures review;

	private final Clock clock;

	public LifecycleFixtures(AppealManagement appeals, Accounts accounts, Reviews reviews, AnswerManagement answers,
			Clock clock) {
		this.appeals = appeals;
		this.reviews = reviews;
		this.answers = answers;
		this.review = new ReviewFixtures(appeals, accounts, reviews);
		this.clock = clock;
	}

	/** REV-1, REV-8, RES-1: decided at the GM1 EPC, answered in person, closed. */
	public Appeal closedStudentAppeal() {
		Appeal appeal = this.review.studentAppeal(Category.ASSESSMENT);
		CurrentUser dean = this.review.dean();
		CurrentUser secretary = this.review.secretary();
		this.review.routedAndChecked(appeal, "GM1-EPC");
		MeetingView meeting = this.review.meetingWith("GM1-EPC", appeal.id(), secretary);
		this.reviews.decide(meeting.id(), appeal.id(), new NewDecision(Outcome.SATISFIED, "Баға қайта қаралады.",
				List.of(ReviewFixtures.measure(false)), false, null, null), secretary);
		this.answers.submitDraft(appeal.id(), "Сіздің өтінішіңіз қанағаттандырылды.", this.review.user("member"));
		this.answers.approve(appeal.id(), dean);
		this.answers.recordDelivery(appeal.id(),
				DeliveryRecord.inPerson(LocalDate.now(this.clock), "Деканат", "Нұрланова Айгерім"), dean);
		this.answers.close(appeal.id(), dean);
		return this.appeals.find(appeal.id()).orElseThrow();
	}

}

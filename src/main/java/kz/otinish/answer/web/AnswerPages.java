package kz.otinish.answer.web;

import kz.otinish.answer.AnswerManagement.AnswerOptions;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealStatus;

import org.springframework.stereotype.Component;

/** Decides what the staff's answer page shows, in one place. */
@Component
class AnswerPages {

	AnswerPage of(Appeal appeal, AnswerOptions options, boolean delivered, boolean hasDrafts) {
		return new AnswerPage(appeal.status() != AppealStatus.DECIDED && !delivered && !hasDrafts,
				options.canDeliver() || options.canWriteDraft() || options.canReview());
	}

}

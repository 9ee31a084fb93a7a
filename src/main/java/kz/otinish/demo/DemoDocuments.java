package kz.otinish.demo;

import java.util.List;

import kz.otinish.answer.AnswerManagement;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFilter;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.review.Reviews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters of the process in the demo: the documents module issues them itself from
 * the process (the protocol and the REV-6 order of {@link DemoReviews}, the DL-2 notices
 * of {@link DemoClock}); this step drafts and approves the answer to the appeal decided
 * at the council's meeting, so that its answer letter (findings, protocol, measures, the
 * right to complain) is issued too. Idempotent: an appeal that has a draft is left alone.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty("otinish.demo.enabled")
@Order(320)
class DemoDocuments implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);

	private final AppealManagement appeals;

	private final Accounts accounts;

	private final Reviews reviews;

	private final AnswerManagement answers;

	private final DemoRecords records;

	private final kz.otinish.appeal.AppealLists lists;

	DemoDocuments(AppealManagement appeals, Accounts accounts, Reviews reviews, AnswerManagement answers,
			DemoRecords records, kz.otinish.appeal.AppealLists lists) {
		this.lists = lists;
		this.records = records;
		this.appeals = appeals;
		this.accounts = accounts;
		this.reviews = reviews;
		this.answers = answers;
	}

	@Override
	@Transactional
	public void seed() {
		CurrentUser dean = this.accounts.byUsername("dean").orElse(null);
		// once, and on the loader's own appeals only
		if (dean == null || this.records.done("documents")) {
			return;
		}
		this.records.markDone("documents");
		List<Appeal> decided = this.lists.list(AppealFilter.status(AppealStatus.DECIDED), PageRequest.of(0, 50), dean)
			.stream()
			.filter(appeal -> this.records.isDemo(appeal.id()))
			.filter(appeal -> this.reviews.decisionOf(appeal.id()).isPresent())
			.filter(appeal -> this.answers.drafts(appeal.id()).isEmpty())
			.limit(1)
			.toList();
		for (Appeal appeal : decided) {
			this.answers.submitDraft(appeal.id(), this.answers.template(appeal), dean);
			this.answers.approve(appeal.id(), dean);
			log.info("Demo answer approved for {}: its letter is issued", appeal.id());
		}
	}

}

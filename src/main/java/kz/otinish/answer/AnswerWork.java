package kz.otinish.answer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import kz.otinish.appeal.AppealQueue;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.AppealWork;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.work.WaitingWork;
import kz.otinish.work.WorkQueue;
import kz.otinish.work.WorkWindow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answer's work for people: drafts to write or rework (the executor), drafts to
 * approve (the dean, or the official who triaged the appeal), approved answers to deliver
 * (RES-1..RES-3: the dean, the dean's office, the records office). The answer's own
 * tables name the few appeals in progress; the appeal module pages them within the
 * person's duty.
 */
@Component
class AnswerWork implements WaitingWork {

	private static final Set<Role> EXECUTORS = EnumSet.of(Role.DEAN, Role.DEANS_OFFICE, Role.BODY_SECRETARY,
			Role.BODY_MEMBER);

	private final AppealWork appeals;

	private final JdbcClient jdbc;

	AnswerWork(AppealWork appeals, JdbcClient jdbc) {
		this.appeals = appeals;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkQueue> waitingFor(CurrentUser user, WorkWindow window) {
		List<WorkQueue> queues = new ArrayList<>();
		Set<AppealStatus> decided = EnumSet.of(AppealStatus.DECIDED);
		if (EXECUTORS.contains(user.role())) {
			Set<UUID> inHand = new HashSet<>(awaitingApproval());
			inHand.addAll(awaitingDelivery());
			queues.add(this.appeals.queue("draftsToWrite",
					AppealQueue.of(decided, AppealQueue.Duty.EXECUTE).except(inHand), user, window,
					AnswerWork::answerPage));
		}
		if (user.is(Role.DEAN) || user.is(Role.OFFICIAL)) {
			queues.add(this.appeals.queue("draftsToApprove",
					AppealQueue.of(decided, AppealQueue.Duty.TRIAGE).only(awaitingApproval()), user, window,
					AnswerWork::answerPage));
		}
		if (user.is(Role.DEAN) || user.is(Role.DEANS_OFFICE) || user.is(Role.REGISTRAR)) {
			queues.add(this.appeals.queue("toDeliver",
					AppealQueue.of(decided, AppealQueue.Duty.DELIVER).only(awaitingDelivery()), user, window,
					AnswerWork::answerPage));
		}
		return queues.stream().filter(java.util.Objects::nonNull).toList();
	}

	private static String answerPage(kz.otinish.appeal.Appeal appeal) {
		return "/appeals/" + appeal.id() + "/answer";
	}

	/** The appeals whose newest draft waits for approval (few at any time). */
	private List<UUID> awaitingApproval() {
		return this.jdbc
			.sql("""
					select d.appeal_id from answer_draft d where d.state = 'SUBMITTED'
					and not exists (select 1 from answer_draft l where l.appeal_id = d.appeal_id and l.revision > d.revision)""")
			.query(UUID.class)
			.list();
	}

	/** The appeals whose approved answer is not delivered yet (few at any time). */
	private List<UUID> awaitingDelivery() {
		return this.jdbc.sql("""
				select d.appeal_id from answer_draft d where d.state = 'APPROVED'
				and not exists (select 1 from answer_delivery x where x.appeal_id = d.appeal_id)""")
			.query(UUID.class)
			.list();
	}

}

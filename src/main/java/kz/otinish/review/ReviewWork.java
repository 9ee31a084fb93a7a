package kz.otinish.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
 * The consideration's work for people: appeals routed to a body one runs that are on no
 * meeting's agenda yet, and agenda items of meetings one runs, held today or earlier,
 * whose decision is not recorded (REV-8..REV-10: the secretary or chair); REV-7 responses
 * that arrived on appeals one executes. The review tables name the few appeals in
 * progress; the appeal module pages them within what the person may see.
 */
@Component
class ReviewWork implements WaitingWork {

	private static final Set<AppealStatus> IN_REVIEW = EnumSet.of(AppealStatus.IN_REVIEW);

	private final AppealWork appeals;

	private final Forums forums;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReviewWork(AppealWork appeals, Forums forums, JdbcClient jdbc, Clock clock) {
		this.appeals = appeals;
		this.forums = forums;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkQueue> waitingFor(CurrentUser user, WorkWindow window) {
		if (user.role().isApplicant() || user.is(Role.ANALYST) || user.is(Role.ADMIN) || user.is(Role.MODERATOR)
				|| user.is(Role.REGISTRAR)) {
			return List.of();
		}
		List<WorkQueue> queues = new ArrayList<>();
		Set<String> run = this.forums.of(user)
			.stream()
			.filter(Forum::canRun)
			.map(Forum::key)
			.collect(Collectors.toSet());
		if (!run.isEmpty()) {
			Map<UUID, String> routed = notOnAgenda(run);
			queues.add(this.appeals.queue("toSchedule",
					AppealQueue.of(IN_REVIEW, AppealQueue.Duty.SEE).only(routed.keySet()), user, window,
					appeal -> "/meetings/new?forum=" + routed.get(appeal.id()) + "&appeal=" + appeal.id()));
			Map<UUID, UUID> items = undecidedItems(run);
			queues.add(this.appeals.queue("decisionsToRecord",
					AppealQueue.of(IN_REVIEW, AppealQueue.Duty.SEE).only(items.keySet()), user, window,
					appeal -> "/meetings/" + items.get(appeal.id()) + "/items/" + appeal.id()));
		}
		queues
			.add(this.appeals.queue("responses", AppealQueue.of(IN_REVIEW, AppealQueue.Duty.EXECUTE).only(responded()),
					user, window, appeal -> "/appeals/" + appeal.id() + "/review"));
		return queues.stream().filter(Objects::nonNull).toList();
	}

	/**
	 * Undecided appeals routed to these bodies that are on no meeting's agenda (a
	 * cancelled meeting's agenda does not count), with the body.
	 */
	private Map<UUID, String> notOnAgenda(Set<String> forums) {
		Map<UUID, String> routed = new HashMap<>();
		this.jdbc.sql("""
				select r.appeal_id, r.body_code from review_routing r where r.body_code in (:forums)
				and not exists (select 1 from review_decision d where d.appeal_id = r.appeal_id)
				and not exists (select 1 from review_agenda_item i join review_meeting m on m.id = i.meeting_id
				                where i.appeal_id = r.appeal_id and m.cancelled_at is null)""")
			.param("forums", forums)
			.query((rs, row) -> routed.put(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
		return routed;
	}

	/**
	 * Undecided agenda items of these forums' meetings held today or earlier and not
	 * cancelled, with the meeting.
	 */
	private Map<UUID, UUID> undecidedItems(Set<String> forums) {
		Map<UUID, UUID> items = new HashMap<>();
		this.jdbc.sql("""
				select i.appeal_id, m.id from review_agenda_item i join review_meeting m on m.id = i.meeting_id
				where m.forum_key in (:forums) and m.cancelled_at is null and m.meeting_date <= :today
				and not exists (select 1 from review_decision d where d.appeal_id = i.appeal_id)""")
			.param("forums", forums)
			.param("today", LocalDate.now(this.clock))
			.query((rs, row) -> items.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list();
		return items;
	}

	/** Undecided appeals with a REV-7 response recorded (few at any time). */
	private List<UUID> responded() {
		return this.jdbc.sql("""
				select distinct q.appeal_id from review_request q where q.responded_at is not null
				and not exists (select 1 from review_decision d where d.appeal_id = q.appeal_id)""")
			.query(UUID.class)
			.list();
	}

}

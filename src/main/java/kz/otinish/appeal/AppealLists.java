package kz.otinish.appeal;

import java.util.List;
import java.util.UUID;

import kz.otinish.identity.CurrentUser;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the appeal module: lists, queues and counts of appeals, each within
 * the reader's scope ({@link AppealAccessPolicy}) and paged by the database. Nothing here
 * changes an appeal; {@link AppealManagement} is the door for that.
 */
@Service
public class AppealLists {

	private final Appeals appeals;

	private final AppealAccessPolicy policy;

	private final EarlierAppeals earlier;

	private final java.time.Clock clock;

	AppealLists(Appeals appeals, AppealAccessPolicy policy, EarlierAppeals earlier, java.time.Clock clock) {
		this.clock = clock;
		this.appeals = appeals;
		this.policy = policy;
		this.earlier = earlier;
	}

	/**
	 * STAT-1: counts per school and status, for analysts and deans; never the appeals
	 * themselves.
	 */
	@Transactional(readOnly = true)
	public List<StatusCount> statusCounts() {
		return this.appeals.countBySchoolAndStatus();
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.appeals.count();
	}

	/**
	 * A page of the appeals this person may see that match the filter, in the page's
	 * order (the id breaks ties, so that pages never overlap); a slice, so no count of
	 * all matching appeals is made.
	 */
	@Transactional(readOnly = true)
	public Slice<Appeal> list(AppealFilter filter, Pageable page, CurrentUser user) {
		return this.appeals.findBy(this.policy.visibleTo(user).and(AppealQueries.matching(filter, this.clock)),
				query -> query.slice(withTieBreak(page)));
	}

	/**
	 * The triage queue (REV-1, DL-3, INT-4): the appeals awaiting triage that this person
	 * may see, the nearest review due date first, paged by the database.
	 */
	@Transactional(readOnly = true)
	public Slice<Appeal> triageQueue(Pageable page, CurrentUser user) {
		return this.appeals.findBy(
				this.policy.visibleTo(user).and(AppealQueries.inStatus(AppealStatus.AWAITING_TRIAGE)),
				query -> query.slice(byDueDate(page)));
	}

	/**
	 * DL-1, DL-2: the open appeals this person may see that are due on or before the
	 * given day (overdue ones included), the nearest due date first, paged by the
	 * database.
	 */
	@Transactional(readOnly = true)
	public Slice<Appeal> openDueBy(java.time.LocalDate day, Pageable page, CurrentUser user) {
		return this.appeals.findBy(this.policy.visibleTo(user)
			.and(AppealQueries.inStatus(AppealStatus.OPEN))
			.and(AppealQueries.dueOnOrBefore(day)), query -> query.slice(byDueDate(page)));
	}

	private static Pageable byDueDate(Pageable page) {
		return org.springframework.data.domain.PageRequest.of(page.getPageNumber(), page.getPageSize(),
				Sort.by(Sort.Order.asc("reviewDueOn").nullsLast(), Sort.Order.asc("receivedAt"), Sort.Order.asc("id")));
	}

	private static Pageable withTieBreak(Pageable page) {
		Sort sort = page.getSort().getOrderFor("id") != null ? page.getSort() : page.getSort()
			.and(Sort.by(page.getSort().stream().findFirst().map(Sort.Order::getDirection).orElse(Sort.Direction.ASC),
					"id"));
		return org.springframework.data.domain.PageRequest.of(page.getPageNumber(), page.getPageSize(), sort);
	}

	/**
	 * One window of a queue of appeals waiting for this person's action, oldest received
	 * first; the database pages it.
	 */
	@Transactional(readOnly = true)
	public List<Appeal> queue(AppealQueue queue, CurrentUser user, int offset, int size) {
		if (size <= 0 || queue.only() != null && queue.only().isEmpty()) {
			return List.of();
		}
		int page = offset / size;
		return this.appeals
			.findAll(queued(queue, user),
					org.springframework.data.domain.PageRequest.of(page, size,
							org.springframework.data.domain.Sort.by("receivedAt", "id")))
			.getContent();
	}

	/** How many appeals wait in this queue for this person (counted by the database). */
	@Transactional(readOnly = true)
	public long count(AppealQueue queue, CurrentUser user) {
		if (queue.only() != null && queue.only().isEmpty()) {
			return 0;
		}
		return this.appeals.count(queued(queue, user));
	}

	private org.springframework.data.jpa.domain.Specification<Appeal> queued(AppealQueue queue, CurrentUser user) {
		return this.policy.dutyOf(user, queue.duty()).and((root, query, cb) -> {
			List<jakarta.persistence.criteria.Predicate> all = new java.util.ArrayList<>();
			all.add(root.get("status").in(queue.statuses()));
			if (queue.complaints() != null) {
				var complaint = cb.equal(root.get("kind"), AppealKind.COMPLAINT);
				all.add(queue.complaints() ? complaint : cb.not(complaint));
			}
			if (queue.only() != null) {
				all.add(root.get("id").in(queue.only()));
			}
			if (queue.except() != null && !queue.except().isEmpty()) {
				all.add(cb.not(root.get("id").in(queue.except())));
			}
			return cb.and(all.toArray(jakarta.persistence.criteria.Predicate[]::new));
		});
	}

	/** The oldest appeals awaiting registration that this registrar may register. */
	@Transactional(readOnly = true)
	public List<Appeal> awaitingRegistration(CurrentUser registrar) {
		return this.appeals.findTop50ByStatusOrderByReceivedAtAsc(AppealStatus.RECEIVED)
			.stream()
			.filter(appeal -> this.policy.canRegister(registrar, appeal))
			.toList();
	}

	/**
	 * TERM-6: earlier appeals of the same applicant on a similar matter (same school or
	 * category, or a similar text), newest first, for the registrar and the dean to
	 * judge.
	 */
	@Transactional(readOnly = true)
	public List<Appeal> possiblyRepeated(Appeal appeal) {
		return this.earlier.possiblyRepeated(appeal);
	}

	/** Every appeal whose review clock runs, for scheduled jobs (no scope). */
	@Transactional(readOnly = true)
	public List<Appeal> openAppeals() {
		return this.appeals.findByStatusIn(AppealStatus.OPEN);
	}

	/**
	 * The open appeals a deadline job has to look at (no scope): those whose review
	 * deadline falls before {@code reviewBefore} (overdue ones included), and those
	 * awaiting triage whose DL-3 return deadline falls before {@code returnBefore}; their
	 * ids, so that the job loads them a few at a time ({@link #byIds}).
	 */
	@Transactional(readOnly = true)
	public List<UUID> openIdsDueBefore(java.time.LocalDate reviewBefore, java.time.LocalDate returnBefore) {
		java.util.SortedSet<UUID> ids = new java.util.TreeSet<>(
				this.appeals.findIdsByReviewDueBefore(AppealStatus.OPEN, reviewBefore));
		ids.addAll(this.appeals.findIdsByReturnDueBefore(AppealStatus.AWAITING_TRIAGE, returnBefore));
		return List.copyOf(ids);
	}

	/** These appeals (no scope: for scheduled jobs), in no particular order. */
	@Transactional(readOnly = true)
	public List<Appeal> byIds(java.util.Collection<UUID> ids) {
		return this.appeals.findAllById(ids);
	}

	/** The appeals whose review clock runs that this person may see. */
	@Transactional(readOnly = true)
	public List<Appeal> openAppeals(CurrentUser user) {
		return this.appeals
			.findAll(this.policy.visibleTo(user).and((root, query, cb) -> root.get("status").in(AppealStatus.OPEN)));
	}

}

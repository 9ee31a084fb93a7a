package kz.otinish.appeal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import kz.otinish.appeal.AppealCube.AnswerCount;
import kz.otinish.appeal.AppealCube.Count;
import kz.otinish.appeal.AppealCube.Dimension;
import kz.otinish.identity.CurrentUser;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * STAT-1: counts of appeals for the statistics, and the list behind every count. Both
 * take the same {@link AppealFilter} within the same scope
 * ({@link AppealAccessPolicy#countedFor}), so a figure always equals the length of its
 * list. Each dimension is one grouped query over the appeal table, never a load of
 * appeals.
 */
@Service
public class AppealFigures {

	private final EntityManager entities;

	private final Appeals appeals;

	private final AppealAccessPolicy policy;

	private final Clock clock;

	AppealFigures(EntityManager entities, Appeals appeals, AppealAccessPolicy policy, Clock clock) {
		this.entities = entities;
		this.appeals = appeals;
		this.policy = policy;
		this.clock = clock;
	}

	/** May this person see statistics at all? */
	public boolean mayCount(CurrentUser user) {
		return this.policy.mayCount(user);
	}

	/** Do this person's statistics cover every school, or only their own? */
	public boolean countsEverySchool(CurrentUser user) {
		return this.policy.countsEverySchool(user);
	}

	/** The appeals that pass the filter in this person's scope, counted per dimension. */
	@Transactional(readOnly = true)
	public AppealCube cube(AppealFilter filter, CurrentUser user) {
		Specification<Appeal> scoped = scoped(filter, user);
		Map<Dimension, List<Count>> dimensions = new EnumMap<>(Dimension.class);
		dimensions.put(Dimension.STATUS, grouped(scoped, root -> root.get("status")));
		dimensions.put(Dimension.KIND, grouped(scoped, root -> root.get("kind")));
		dimensions.put(Dimension.CHANNEL, grouped(scoped, root -> root.get("channel")));
		dimensions.put(Dimension.APPLICANT_TYPE, grouped(scoped, root -> root.get("applicant").get("type")));
		dimensions.put(Dimension.LEVEL_OF_STUDY, grouped(scoped, root -> root.get("applicant").get("levelOfStudy")));
		dimensions.put(Dimension.CATEGORY, grouped(scoped, root -> root.get("category")));
		dimensions.put(Dimension.BODY, grouped(scoped, root -> root.get("routedBody")));
		dimensions.put(Dimension.OUTCOME, grouped(scoped, root -> root.get("decided").get("outcome")));
		dimensions.put(Dimension.COMPLAINT_OUTCOME, grouped(scoped(filter.withKind(AppealKind.COMPLAINT), user),
				root -> root.get("decided").get("outcome")));
		dimensions.put(Dimension.EXTENDED, grouped(scoped, root -> root.get("reviewExtended")));
		dimensions.put(Dimension.AGREED, grouped(scoped, root -> root.get("applicantAgreed")));
		dimensions.put(Dimension.REPEATED,
				present(grouped(scoped(filter.withRepeated(true), user), root -> root.get("schoolCode"))));
		dimensions.put(Dimension.COMPLAINED,
				present(grouped(scoped(filter.withVerdict(AppealFilter.VerdictFilter.COMPLAINED), user),
						root -> root.get("schoolCode"))));
		dimensions.put(Dimension.OVERDUE,
				present(grouped(scoped(filter.withOverdue(true), user), root -> root.get("schoolCode"))));
		return new AppealCube(dimensions, answers(scoped(filter.withAnswered(AppealFilter.Timeliness.ANSWERED), user)));
	}

	/**
	 * How many appeals pass the filter in this person's scope: the length of its list.
	 */
	@Transactional(readOnly = true)
	public long count(AppealFilter filter, CurrentUser user) {
		return this.appeals.count(scoped(filter, user));
	}

	/**
	 * The appeals behind a figure, newest first (the id breaks ties); a slice, so no
	 * count is made.
	 */
	@Transactional(readOnly = true)
	public Slice<Appeal> list(AppealFilter filter, Pageable page, CurrentUser user) {
		Pageable ordered = org.springframework.data.domain.PageRequest.of(page.getPageNumber(), page.getPageSize(),
				Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id")));
		return this.appeals.findBy(scoped(filter, user), query -> query.slice(ordered));
	}

	/**
	 * The ids of the appeals that pass the filter in this person's scope and have a
	 * protocol decision (REV-8), for reports that list the decisions' measures.
	 */
	@Transactional(readOnly = true)
	public List<java.util.UUID> decidedIds(AppealFilter filter, CurrentUser user) {
		Specification<Appeal> decided = scoped(filter, user)
			.and((root, query, cb) -> cb.isNotNull(root.get("decided").get("outcome")));
		CriteriaBuilder cb = this.entities.getCriteriaBuilder();
		CriteriaQuery<java.util.UUID> query = cb.createQuery(java.util.UUID.class);
		Root<Appeal> root = query.from(Appeal.class);
		query.select(root.get("id")).where(decided.toPredicate(root, query, cb));
		return this.entities.createQuery(query).getResultList();
	}

	/** May this person open the appeal itself (not only count it)? */
	public boolean canOpen(CurrentUser user, Appeal appeal) {
		return this.policy.canSee(user, appeal);
	}

	private Specification<Appeal> scoped(AppealFilter filter, CurrentUser user) {
		return this.policy.countedFor(user).and(AppealQueries.matching(filter, this.clock));
	}

	private List<Count> grouped(Specification<Appeal> scoped, Function<Root<Appeal>, Expression<?>> dimension) {
		CriteriaBuilder cb = this.entities.getCriteriaBuilder();
		CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
		Root<Appeal> root = query.from(Appeal.class);
		Expression<?> school = root.get("schoolCode");
		Expression<?> value = dimension.apply(root);
		query.multiselect(school, value, cb.count(root))
			.where(scoped.toPredicate(root, query, cb))
			.groupBy(school, value);
		List<Count> counts = new ArrayList<>();
		for (Object[] row : this.entities.createQuery(query).getResultList()) {
			counts.add(new Count((String) row[0], row[1], ((Number) row[2]).longValue()));
		}
		return counts;
	}

	/** Counts of a yes-only dimension: the value is {@code true}. */
	private static List<Count> present(List<Count> bySchool) {
		return bySchool.stream().map(count -> new Count(count.schoolCode(), Boolean.TRUE, count.count())).toList();
	}

	private List<AnswerCount> answers(Specification<Appeal> answered) {
		CriteriaBuilder cb = this.entities.getCriteriaBuilder();
		CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
		Root<Appeal> root = query.from(Appeal.class);
		Expression<?> school = root.get("schoolCode");
		Expression<?> days = root.get("answerWorkingDays");
		Expression<?> inTime = root.get("answeredInTime");
		query.multiselect(school, days, inTime, cb.count(root))
			.where(answered.toPredicate(root, query, cb))
			.groupBy(school, days, inTime);
		List<AnswerCount> counts = new ArrayList<>();
		for (Object[] row : this.entities.createQuery(query).getResultList()) {
			counts.add(new AnswerCount((String) row[0], row[1] == null ? 0 : ((Number) row[1]).intValue(),
					Boolean.TRUE.equals(row[2]), ((Number) row[3]).longValue()));
		}
		return counts;
	}

}

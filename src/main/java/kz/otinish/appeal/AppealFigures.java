package kz.otinish.appeal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import kz.otinish.appeal.AppealCube.AnswerCount;
import kz.otinish.appeal.AppealCube.Count;
import kz.otinish.appeal.AppealCube.Dimension;
import kz.otinish.identity.CurrentUser;
import org.jspecify.annotations.Nullable;

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

	/**
	 * The appeals that pass the filter in this person's scope, counted per dimension: two
	 * grouped queries cover every dimension of the appeal's own columns (each reads the
	 * period's rows once), three more count what is overdue, complained about and
	 * answered.
	 */
	@Transactional(readOnly = true)
	public AppealCube cube(AppealFilter filter, CurrentUser user) {
		Specification<Appeal> scoped = scoped(filter, user);
		Map<Dimension, Map<Key, Long>> sums = new EnumMap<>(Dimension.class);
		for (Object[] row : grouped(scoped, root -> root.get("status"), root -> root.get("kind"),
				root -> root.get("channel"), root -> root.get("applicant").get("type"),
				root -> root.get("decided").get("outcome"), root -> root.get("reviewExtended"),
				root -> root.get("applicantAgreed"), root -> root.get("repeatGround"))) {
			String school = (String) row[0];
			long count = ((Number) row[row.length - 1]).longValue();
			add(sums, Dimension.STATUS, school, row[1], count);
			add(sums, Dimension.KIND, school, row[2], count);
			add(sums, Dimension.CHANNEL, school, row[3], count);
			add(sums, Dimension.APPLICANT_TYPE, school, row[4], count);
			add(sums, Dimension.OUTCOME, school, row[5], count);
			add(sums, Dimension.EXTENDED, school, row[6], count);
			add(sums, Dimension.AGREED, school, row[7], count);
			if (row[8] != null) {
				add(sums, Dimension.REPEATED, school, Boolean.TRUE, count);
			}
			if (row[2] == AppealKind.COMPLAINT) {
				add(sums, Dimension.COMPLAINT_OUTCOME, school, row[5], count);
			}
		}
		for (Object[] row : grouped(scoped, root -> root.get("category"),
				root -> root.get("applicant").get("levelOfStudy"), root -> root.get("routing").get("body"))) {
			String school = (String) row[0];
			long count = ((Number) row[row.length - 1]).longValue();
			add(sums, Dimension.CATEGORY, school, row[1], count);
			add(sums, Dimension.LEVEL_OF_STUDY, school, row[2], count);
			add(sums, Dimension.BODY, school, row[3], count);
		}
		for (Object[] row : grouped(scoped(filter.withVerdict(AppealFilter.VerdictFilter.COMPLAINED), user))) {
			add(sums, Dimension.COMPLAINED, (String) row[0], Boolean.TRUE, ((Number) row[1]).longValue());
		}
		for (Object[] row : grouped(scoped(filter.withOverdue(true), user))) {
			add(sums, Dimension.OVERDUE, (String) row[0], Boolean.TRUE, ((Number) row[1]).longValue());
		}
		Map<Dimension, List<Count>> dimensions = new EnumMap<>(Dimension.class);
		for (Dimension dimension : Dimension.values()) {
			dimensions.put(dimension,
					sums.getOrDefault(dimension, Map.of())
						.entrySet()
						.stream()
						.map(entry -> new Count(entry.getKey().school(), entry.getKey().value(), entry.getValue()))
						.toList());
		}
		return new AppealCube(dimensions, answers(scoped(filter.withAnswered(AppealFilter.Timeliness.ANSWERED), user)));
	}

	/** A school ({@code null}: none) and a value of a dimension ({@code null}: none). */
	private record Key(@Nullable String school, @Nullable Object value) {
	}

	private static void add(Map<Dimension, Map<Key, Long>> sums, Dimension dimension, @Nullable String school,
			@Nullable Object value, long count) {
		sums.computeIfAbsent(dimension, key -> new LinkedHashMap<>()).merge(new Key(school, value), count, Long::sum);
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
	 * The appeals that pass the filter in this person's scope and have a protocol
	 * decision (REV-8), by id with their registration numbers, for reports that list the
	 * decisions' measures; one query.
	 */
	@Transactional(readOnly = true)
	public Map<java.util.UUID, String> decidedNumbers(AppealFilter filter, CurrentUser user) {
		Specification<Appeal> decided = scoped(filter, user)
			.and((root, query, cb) -> cb.isNotNull(root.get("decided").get("outcome")));
		CriteriaBuilder cb = this.entities.getCriteriaBuilder();
		CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
		Root<Appeal> root = query.from(Appeal.class);
		query.multiselect(root.get("id"), root.get("registration").get("formatted"))
			.where(decided.toPredicate(root, query, cb));
		Map<java.util.UUID, String> numbers = new LinkedHashMap<>();
		for (Object[] row : this.entities.createQuery(query).getResultList()) {
			numbers.put((java.util.UUID) row[0], row[1] == null ? "—" : (String) row[1]);
		}
		return numbers;
	}

	/**
	 * Which of these appeals this person may open itself (not only count): those they may
	 * see, with one query for the conflicts of interest of them all.
	 */
	public java.util.Set<java.util.UUID> openable(CurrentUser user, List<Appeal> appeals) {
		return this.policy.visibleOf(user, appeals);
	}

	private Specification<Appeal> scoped(AppealFilter filter, CurrentUser user) {
		return this.policy.countedFor(user).and(AppealQueries.matching(filter, this.clock));
	}

	/**
	 * Rows of the school, the dimensions' values and the count, grouped by all of them.
	 */
	@SafeVarargs
	private List<Object[]> grouped(Specification<Appeal> scoped, Function<Root<Appeal>, Expression<?>>... dimensions) {
		CriteriaBuilder cb = this.entities.getCriteriaBuilder();
		CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
		Root<Appeal> root = query.from(Appeal.class);
		List<Expression<?>> groups = new ArrayList<>();
		groups.add(root.get("schoolCode"));
		for (Function<Root<Appeal>, Expression<?>> dimension : dimensions) {
			groups.add(dimension.apply(root));
		}
		List<Selection<?>> selections = new ArrayList<>(groups);
		selections.add(cb.count(root));
		query.multiselect(selections).where(scoped.toPredicate(root, query, cb)).groupBy(groups);
		return this.entities.createQuery(query).getResultList();
	}

	private List<AnswerCount> answers(Specification<Appeal> answered) {
		CriteriaBuilder cb = this.entities.getCriteriaBuilder();
		CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
		Root<Appeal> root = query.from(Appeal.class);
		Expression<?> school = root.get("schoolCode");
		Expression<?> days = root.get("answer").get("workingDays");
		Expression<?> inTime = root.get("answer").get("inTime");
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

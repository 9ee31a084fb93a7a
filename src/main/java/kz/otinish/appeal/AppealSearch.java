package kz.otinish.appeal;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import kz.otinish.identity.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of appeals narrowed by the words a person typed: the {@link TextSearch} match
 * within the same scope and filters as the unsearched list ({@link AppealAccessPolicy}),
 * best matches first, with the matches highlighted. Without words (or without a search
 * module) the list is the plain one, newest first.
 */
@Service
public class AppealSearch {

	/** The longest query accepted (page and API). */
	public static final int MAX_LENGTH = 200;

	private final Appeals appeals;

	private final AppealAccessPolicy policy;

	private final List<TextSearch> search;

	private final AppealLists lists;

	private final java.time.Clock clock;

	private final EntityManager entityManager;

	/** The most matches a search ranks: the newest ones (see {@link #find}). */
	private final int ranked;

	AppealSearch(Appeals appeals, AppealAccessPolicy policy, List<TextSearch> search, AppealLists lists,
			java.time.Clock clock, EntityManager entityManager, @Value("${otinish.search.ranked:1000}") int ranked) {
		if (ranked < 1) {
			throw new IllegalArgumentException("otinish.search.ranked must be at least 1, not " + ranked);
		}
		this.ranked = ranked;
		this.clock = clock;
		this.entityManager = entityManager;
		this.lists = lists;
		this.appeals = appeals;
		this.policy = policy;
		this.search = search;
	}

	/**
	 * The appeals this person may see that pass the filter and match the words, best
	 * first, as a {@link Page} whose total counts the matches up to {@link #ranked()} + 1
	 * (more than {@link #ranked()} when it is that); when the words hold nothing to
	 * search by, the filtered list in the page's own order as a {@link Slice}, which
	 * counts nothing.
	 * <p>
	 * Ranking reads each match's search document, so it is bounded: the newest
	 * {@link #ranked()} matches are ranked, and a query that matches more (a very common
	 * word in a whole school) shows the best of those; the page says so and asks for
	 * another word or a filter. Below that bound the order is exactly best first.
	 */
	@Transactional(readOnly = true)
	public Slice<SearchHit> find(AppealFilter filter, String words, Pageable page, CurrentUser user) {
		if (this.search.isEmpty() || !this.search.get(0).searchable(words)) {
			return this.lists.list(filter, page, user).map(SearchHit::plain);
		}
		TextSearch text = this.search.get(0);
		List<UUID> newest = newestIds(scoped(filter, user).and(text.matching(words)), this.ranked + 1);
		List<UUID> ranked = newest.subList(0, Math.min(newest.size(), this.ranked));
		if (ranked.isEmpty() || page.getOffset() >= ranked.size()) {
			return new RankedPage<>(List.<SearchHit>of(), page, newest.size(), this.ranked);
		}
		Specification<Appeal> among = (root, query, cb) -> root.get("id").in(ranked);
		// unsorted: bestFirst orders by rank, then by receipt
		List<Appeal> appeals = this.appeals
			.findBy(among.and(text.bestFirst(words)),
					query -> query.slice(PageRequest.of(page.getPageNumber(), page.getPageSize())))
			.getContent();
		return new RankedPage<>(text.hits(appeals, words), page, newest.size(), this.ranked);
	}

	/**
	 * For exports: every appeal this person may see that passes the filter and matches
	 * the words (all of them, not only the ranked ones), newest first, a slice at a time.
	 */
	@Transactional(readOnly = true)
	public Slice<Appeal> matches(AppealFilter filter, String words, Pageable page, CurrentUser user) {
		if (this.search.isEmpty() || !this.search.get(0).searchable(words)) {
			return this.lists.list(filter, page, user);
		}
		return this.appeals.findBy(scoped(filter, user).and(this.search.get(0).matching(words)),
				query -> query.slice(PageRequest.of(page.getPageNumber(), page.getPageSize(),
						Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.asc("id")))));
	}

	/**
	 * The most matches a search ranks ({@code otinish.search.ranked}, 1,000 unless
	 * configured); a page's total above it means "more than this".
	 */
	public int ranked() {
		return this.ranked;
	}

	private Specification<Appeal> scoped(AppealFilter filter, CurrentUser user) {
		return this.policy.visibleTo(user).and(AppealQueries.matching(filter, this.clock));
	}

	/**
	 * The ids of the newest appeals that pass the specification, at most {@code limit}.
	 */
	private List<UUID> newestIds(Specification<Appeal> specification, int limit) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<UUID> query = cb.createQuery(UUID.class);
		Root<Appeal> root = query.from(Appeal.class);
		Predicate where = specification.toPredicate(root, query, cb);
		query.select(root.get("id"));
		if (where != null) {
			query.where(where);
		}
		query.orderBy(cb.desc(root.get("receivedAt")), cb.asc(root.get("id")));
		return this.entityManager.createQuery(query).setMaxResults(limit).getResultList();
	}

}

package kz.otinish.appeal;

import java.util.List;

import kz.otinish.identity.CurrentUser;

import org.springframework.data.domain.Page;
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

	private final AppealManagement management;

	private final AppealLists lists;

	private final java.time.Clock clock;

	AppealSearch(Appeals appeals, AppealManagement management, AppealAccessPolicy policy, List<TextSearch> search,
			AppealLists lists, java.time.Clock clock) {
		this.clock = clock;
		this.lists = lists;
		this.appeals = appeals;
		this.management = management;
		this.policy = policy;
		this.search = search;
	}

	/**
	 * The appeals this person may see that pass the filter and match the words, as a
	 * {@link Page} that counts the matches (the search's indexes bound that count); when
	 * the words hold nothing to search by, the filtered list in the page's own order as a
	 * {@link Slice}, which counts nothing.
	 */
	@Transactional(readOnly = true)
	public Slice<SearchHit> find(AppealFilter filter, String words, Pageable page, CurrentUser user) {
		if (this.search.isEmpty() || !this.search.get(0).searchable(words)) {
			return this.lists.list(filter, page, user).map(SearchHit::plain);
		}
		var scoped = this.policy.visibleTo(user).and(AppealQueries.matching(filter, this.clock));
		TextSearch text = this.search.get(0);
		// unsorted: the match orders by rank, then by receipt
		return this.appeals
			.findAll(scoped.and(text.matching(words)), PageRequest.of(page.getPageNumber(), page.getPageSize()))
			.map(appeal -> text.hit(appeal, words));
	}

}

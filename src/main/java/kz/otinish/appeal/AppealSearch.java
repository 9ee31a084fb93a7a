package kz.otinish.appeal;

import java.util.List;

import kz.otinish.identity.CurrentUser;

import org.springframework.data.domain.Page;
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

	AppealSearch(Appeals appeals, AppealAccessPolicy policy, List<TextSearch> search) {
		this.appeals = appeals;
		this.policy = policy;
		this.search = search;
	}

	/**
	 * The appeals this person may see that pass the filter and match the words; when the
	 * words hold nothing to search by, the filtered list in the page's own order.
	 */
	@Transactional(readOnly = true)
	public Page<SearchHit> find(AppealFilter filter, String words, Pageable page, CurrentUser user) {
		var scoped = this.policy.visibleTo(user).and(AppealQueries.matching(filter));
		if (this.search.isEmpty() || !this.search.get(0).searchable(words)) {
			return this.appeals.findAll(scoped, page).map(SearchHit::plain);
		}
		TextSearch text = this.search.get(0);
		// unsorted: the match orders by rank, then by receipt
		return this.appeals
			.findAll(scoped.and(text.matching(words)), PageRequest.of(page.getPageNumber(), page.getPageSize()))
			.map(appeal -> text.hit(appeal, words));
	}

}

package kz.otinish.appeal;

import java.util.List;

import org.springframework.data.jpa.domain.Specification;

/**
 * Full-text search over appeals, declared here and implemented by the search module
 * (which keeps a search document per appeal from the appeal's events). The appeal module
 * applies it only together with the {@link AppealAccessPolicy}'s scope, so that a search
 * never reveals an appeal, a snippet or a count the person may not see.
 */
public interface TextSearch {

	/** The appeals whose number, names, subject, text or files match the words typed. */
	Specification<Appeal> matching(String words);

	/**
	 * No narrowing, only the order: the best matches of the words first, then the newest
	 * (the specification orders the query; pass an unsorted page).
	 */
	Specification<Appeal> bestFirst(String words);

	/** Whether the words typed hold anything to search by. */
	boolean searchable(String words);

	/**
	 * Each appeal's subject and where the words were found, highlighted, in the order
	 * given.
	 */
	List<SearchHit> hits(List<Appeal> appeals, String words);

}

package kz.otinish.appeal;

import org.springframework.data.jpa.domain.Specification;

/**
 * Full-text search over appeals, declared here and implemented by the search module
 * (which keeps a search document per appeal from the appeal's events). The appeal module
 * applies it only together with the {@link AppealAccessPolicy}'s scope, so that a search
 * never reveals an appeal, a snippet or a count the person may not see.
 */
public interface TextSearch {

	/**
	 * The appeals whose number, names, subject, text or files match the words typed, the
	 * best matches first (the specification orders the query; pass an unsorted page).
	 */
	Specification<Appeal> matching(String words);

	/** Whether the words typed hold anything to search by. */
	boolean searchable(String words);

	/** The appeal's subject and where the words were found, highlighted. */
	SearchHit hit(Appeal appeal, String words);

}

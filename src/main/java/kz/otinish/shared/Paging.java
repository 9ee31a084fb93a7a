package kz.otinish.shared;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Page requests that any page number can ask for: a negative page is the first, a page
 * whose offset the database cannot take is the last one it can (which is empty, as every
 * page beyond the end). Never an error for paging.
 */
public final class Paging {

	private Paging() {
	}

	public static PageRequest of(int page, int size, Sort sort) {
		int reachable = Integer.MAX_VALUE / Math.max(size, 1) - 1;
		return PageRequest.of(Math.min(Math.max(page, 0), reachable), Math.max(size, 1), sort);
	}

	public static PageRequest of(int page, int size) {
		return of(page, size, Sort.unsorted());
	}

}

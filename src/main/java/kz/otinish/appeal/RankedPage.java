package kz.otinish.appeal;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a search's ranked matches. Its total is the number of matches found, up to
 * one more than were ranked (which reads "more than"); pages go on only while ranked
 * matches remain. Unlike {@link PageImpl}, the total is never cut to what the last page
 * holds.
 */
final class RankedPage<T> extends PageImpl<T> {

	private final long matches;

	private final int ranked;

	RankedPage(List<T> content, Pageable page, long matches, int ranked) {
		super(content, page, matches);
		this.matches = matches;
		this.ranked = ranked;
	}

	@Override
	public long getTotalElements() {
		return this.matches;
	}

	@Override
	public int getTotalPages() {
		return getSize() == 0 ? 1 : (int) Math.ceil((double) Math.min(this.matches, this.ranked) / getSize());
	}

	@Override
	public boolean hasNext() {
		return getNumber() + 1 < getTotalPages();
	}

	@Override
	public boolean isLast() {
		return !hasNext();
	}

	@Override
	public <U> RankedPage<U> map(Function<? super T, ? extends U> converter) {
		return new RankedPage<>(getContent().stream().<U>map(converter).toList(), getPageable(), this.matches,
				this.ranked);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RankedPage<?> page && page.matches == this.matches && page.ranked == this.ranked
				&& super.equals(other);
	}

	@Override
	public int hashCode() {
		return 31 * super.hashCode() + Long.hashCode(this.matches);
	}

}

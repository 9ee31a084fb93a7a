package kz.otinish.work;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kz.otinish.identity.CurrentUser;

import org.springframework.stereotype.Service;

/**
 * The work module's façade: everything that waits for one person, gathered from the
 * modules that keep it.
 */
@Service
public class Work {

	/** How many items of each queue the start page shows; the rest are a link away. */
	public static final int FIRST = 5;

	private final List<WaitingWork> sources;

	Work(List<WaitingWork> sources) {
		this.sources = sources;
	}

	/** Every queue for this person, with its first items; the empty ones last. */
	public List<WorkQueue> of(CurrentUser user) {
		return this.sources.stream()
			.flatMap(source -> source.waitingFor(user, new WorkWindow(null, 0, FIRST)).stream())
			.sorted(Comparator.comparing((WorkQueue queue) -> queue.count() == 0))
			.toList();
	}

	/** How many items wait for this person in all (the navigation's count). */
	public long total(CurrentUser user) {
		return this.sources.stream()
			.flatMap(source -> source.waitingFor(user, WorkWindow.countsOnly()).stream())
			.mapToLong(WorkQueue::count)
			.sum();
	}

	/** One queue, one page of it; empty when this person has no such queue. */
	public Optional<WorkQueue> queue(String key, CurrentUser user, int page, int size) {
		return this.sources.stream()
			.flatMap(source -> source.waitingFor(user, new WorkWindow(key, page * size, size)).stream())
			.filter(queue -> queue.key().equals(key))
			.findFirst();
	}

}

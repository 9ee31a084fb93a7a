package kz.otinish.work;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.AuditedChange;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
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

	/**
	 * The navigation's count per person: every page shows it, so it is counted once per
	 * person and kept until a change on this node (any audited change may move work) or,
	 * for changes made on another node, until it ages out.
	 */
	private final Cache<String, Long> totals;

	Work(List<WaitingWork> sources, @Value("${otinish.work.count-ttl:PT20S}") java.time.Duration countTtl) {
		this.sources = sources;
		this.totals = Caffeine.newBuilder().expireAfterWrite(countTtl).maximumSize(10_000).build();
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
		return this.totals.get(user.username(),
				username -> this.sources.stream()
					.flatMap(source -> source.waitingFor(user, WorkWindow.countsOnly()).stream())
					.mapToLong(WorkQueue::count)
					.sum());
	}

	/** Something changed: the counts are counted again when next shown. */
	@EventListener
	void on(AuditedChange change) {
		this.totals.invalidateAll();
	}

	/** One queue, one page of it; empty when this person has no such queue. */
	public Optional<WorkQueue> queue(String key, CurrentUser user, int page, int size) {
		return this.sources.stream()
			.flatMap(source -> source.waitingFor(user, new WorkWindow(key, page * size, size)).stream())
			.filter(queue -> queue.key().equals(key))
			.findFirst();
	}

}

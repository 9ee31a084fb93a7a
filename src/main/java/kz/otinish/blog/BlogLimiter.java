package kz.otinish.blog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits posts per client address (a sliding window, kept in memory per node), so that
 * the public form cannot flood the moderation queue. A university network behind one
 * address still gets a generous number of posts per window.
 */
@Component
class BlogLimiter {

	private final Map<String, Deque<Instant>> posts = new ConcurrentHashMap<>();

	private final Clock clock;

	private final int maxPosts;

	private final Duration window;

	BlogLimiter(Clock clock, @Value("${otinish.blog.max-posts:20}") int maxPosts,
			@Value("${otinish.blog.window:10m}") Duration window) {
		this.clock = clock;
		this.maxPosts = maxPosts;
		this.window = window;
	}

	/** Records a post from this address; {@code false} when it is over the limit. */
	boolean tryAcquire(String address) {
		Instant now = this.clock.instant();
		// forget addresses that have been quiet for a whole window, so the map cannot
		// grow without bound
		this.posts.values().removeIf(recent -> {
			synchronized (recent) {
				return !recent.isEmpty() && recent.peekLast().isBefore(now.minus(this.window));
			}
		});
		Deque<Instant> recent = this.posts.computeIfAbsent(address, key -> new ArrayDeque<>());
		synchronized (recent) {
			while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(this.window))) {
				recent.pollFirst();
			}
			if (recent.size() >= this.maxPosts) {
				return false;
			}
			recent.addLast(now);
			return true;
		}
	}

	Duration window() {
		return this.window;
	}

}

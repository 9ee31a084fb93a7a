package kz.otinish.tracking;

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
 * Limits public tracking look-ups per client address (a sliding window), so that
 * registration numbers and tracking codes cannot be guessed by brute force. Kept in
 * memory per node: a guess rate multiplied by the number of nodes is still far below what
 * 80-bit codes would need.
 */
@Component
class TrackingLimiter {

	private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

	private final Clock clock;

	private final int maxAttempts;

	private final Duration window;

	TrackingLimiter(Clock clock, @Value("${otinish.tracking.max-attempts:10}") int maxAttempts,
			@Value("${otinish.tracking.window:10m}") Duration window) {
		this.clock = clock;
		this.maxAttempts = maxAttempts;
		this.window = window;
	}

	/** Records an attempt from this address; {@code false} when it is over the limit. */
	boolean tryAcquire(String address) {
		Instant now = this.clock.instant();
		Deque<Instant> recent = this.attempts.computeIfAbsent(address, key -> new ArrayDeque<>());
		synchronized (recent) {
			while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(this.window))) {
				recent.pollFirst();
			}
			if (recent.size() >= this.maxAttempts) {
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

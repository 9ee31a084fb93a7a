package kz.otinish.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * At most {@code maxAttempts} attempts per key (a client address, an account) within a
 * sliding window, in this node's memory. Memory is bounded: a key quiet for a whole
 * window is forgotten, and at most {@code maxKeys} keys are remembered (the least used go
 * first), so a flood of new addresses cannot exhaust the heap; at worst it makes the
 * limiter forget an address early.
 * <p>
 * Per node on purpose: the limits guard against guessing and flooding, and the attempts
 * of several nodes added together are still far below what guessing would need.
 */
public class RateLimiter {

	private final RateLimitSettings.Policy policy;

	private final Clock clock;

	private final Cache<String, Attempts> keys;

	public RateLimiter(RateLimitSettings.Policy policy, Clock clock) {
		this.policy = policy;
		this.clock = clock;
		this.keys = Caffeine.newBuilder()
			.maximumSize(policy.maxKeys())
			.expireAfterAccess(policy.window())
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			// housekeeping in the caller's thread: cheap, and no surprise threads in
			// tests
			.executor(Runnable::run)
			.build();
	}

	/** Records an attempt of {@code key}, unless it is over the limit. */
	public Attempt tryAcquire(String key) {
		Instant now = this.clock.instant();
		Attempts attempts = this.keys.get(key, k -> new Attempts());
		return attempts.tryAcquire(now, this.policy);
	}

	public Duration window() {
		return this.policy.window();
	}

	public int maxAttempts() {
		return this.policy.maxAttempts();
	}

	/** The keys remembered now; at most {@code maxKeys}. */
	long keysRemembered() {
		this.keys.cleanUp();
		return this.keys.estimatedSize();
	}

	/**
	 * The outcome of an attempt.
	 *
	 * @param allowed whether the attempt was within the limit (and counted)
	 * @param retryAfter when refused, how long until the oldest counted attempt leaves
	 * the window and one more is allowed; zero when allowed
	 */
	public record Attempt(boolean allowed, Duration retryAfter) {

		public boolean refused() {
			return !this.allowed;
		}

		/** {@link #retryAfter()} in whole seconds, rounded up (the HTTP Retry-After). */
		public long retryAfterSeconds() {
			return ceilDiv(this.retryAfter.toMillis(), 1000);
		}

		/** {@link #retryAfter()} in whole minutes, rounded up (for the applicant). */
		public long retryAfterMinutes() {
			return ceilDiv(this.retryAfter.toMillis(), 60_000);
		}

		private static long ceilDiv(long value, long unit) {
			return Math.floorDiv(value + unit - 1, unit);
		}

	}

	/**
	 * One key's counted attempts within the window, oldest first; never more than the
	 * limit.
	 */
	private static final class Attempts {

		private final Deque<Instant> times = new ArrayDeque<>();

		synchronized Attempt tryAcquire(Instant now, RateLimitSettings.Policy policy) {
			Instant windowStart = now.minus(policy.window());
			while (!this.times.isEmpty() && !this.times.peekFirst().isAfter(windowStart)) {
				this.times.pollFirst();
			}
			if (this.times.size() >= policy.maxAttempts()) {
				return new Attempt(false, Duration.between(windowStart, this.times.peekFirst()));
			}
			this.times.addLast(now);
			return new Attempt(true, Duration.ZERO);
		}

	}

}

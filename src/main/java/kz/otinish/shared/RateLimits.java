package kz.otinish.shared;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/**
 * The rate limiters configured in {@link RateLimitSettings}, one per name. A caller takes
 * its limiter once, when it is created, so that a missing setting stops the start-up.
 */
@Component
public class RateLimits {

	private final Map<String, RateLimiter> limiters = new TreeMap<>();

	RateLimits(RateLimitSettings settings, Clock clock) {
		settings.rateLimit().forEach((name, policy) -> this.limiters.put(name, new RateLimiter(policy, clock)));
	}

	/** The limiter of {@code otinish.rate-limit.<name>.*}. */
	public RateLimiter limiter(String name) {
		RateLimiter limiter = this.limiters.get(name);
		if (limiter == null) {
			throw new IllegalStateException("No rate limit otinish.rate-limit." + name + ".* is configured; there are "
					+ this.limiters.keySet());
		}
		return limiter;
	}

}

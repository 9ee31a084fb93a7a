package kz.otinish.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lockout after repeated failed sign-ins, per account and per client address, on the form
 * and on HTTP Basic alike: from the {@code threshold}-th failure on, the key is locked
 * for a delay that doubles with every further failure (30 s, 1 min, 2 min … up to
 * {@code max-delay}); a successful sign-in clears the account's count. Memory is bounded:
 * at most {@code max-keys} keys, each forgotten after a day without failures.
 */
@Component
class SignInThrottle {

	private final Clock clock;

	private final Policy accounts;

	private final Policy addresses;

	private final Duration baseDelay;

	private final Duration maxDelay;

	SignInThrottle(Clock clock, @Value("${otinish.sign-in.account-threshold:5}") int accountThreshold,
			@Value("${otinish.sign-in.address-threshold:20}") int addressThreshold,
			@Value("${otinish.sign-in.base-delay:30s}") Duration baseDelay,
			@Value("${otinish.sign-in.max-delay:30m}") Duration maxDelay,
			@Value("${otinish.sign-in.max-keys:100000}") long maxKeys) {
		this.clock = clock;
		this.baseDelay = baseDelay;
		this.maxDelay = maxDelay;
		this.accounts = new Policy(accountThreshold, cache(clock, maxKeys));
		this.addresses = new Policy(addressThreshold, cache(clock, maxKeys));
	}

	private static Cache<String, Failures> cache(Clock clock, long maxKeys) {
		return Caffeine.newBuilder()
			.maximumSize(maxKeys)
			.expireAfterAccess(Duration.ofDays(1))
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.executor(Runnable::run)
			.build();
	}

	/** How long this attempt must still wait, if the account or the address is locked. */
	Optional<Duration> lockedFor(String username, String address) {
		Instant now = this.clock.instant();
		@Nullable Instant until = later(this.accounts.lockedUntil(account(username)), this.addresses.lockedUntil(address));
		return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
	}

	void failed(String username, String address) {
		Instant now = this.clock.instant();
		this.accounts.fail(account(username), now);
		this.addresses.fail(address, now);
	}

	void succeeded(String username) {
		this.accounts.failures().invalidate(account(username));
	}

	private static String account(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}

	private final class Policy {

		private final int threshold;

		private final Cache<String, Failures> failures;

		Policy(int threshold, Cache<String, Failures> failures) {
			this.threshold = threshold;
			this.failures = failures;
		}

		Cache<String, Failures> failures() {
			return this.failures;
		}

		@Nullable Instant lockedUntil(String key) {
			Failures found = this.failures.getIfPresent(key);
			return found == null ? null : found.lockedUntil();
		}

		void fail(String key, Instant now) {
			this.failures.asMap().compute(key, (k, before) -> {
				int count = (before == null ? 0 : before.count()) + 1;
				if (count < this.threshold) {
					return new Failures(count, null);
				}
				long factor = 1L << Math.min(20, count - this.threshold);
				Duration delay = SignInThrottle.this.baseDelay.multipliedBy(factor);
				if (delay.compareTo(SignInThrottle.this.maxDelay) > 0) {
					delay = SignInThrottle.this.maxDelay;
				}
				return new Failures(count, now.plus(delay));
			});
		}

	}

	private record Failures(int count, @Nullable Instant lockedUntil) {
	}

}

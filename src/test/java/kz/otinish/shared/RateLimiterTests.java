package kz.otinish.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The one rate limiter of tracking, the blog and, later, sign-in. */
class RateLimiterTests {

	final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-25T05:00:00Z"));

	final Clock clock = new Clock() {
		@Override
		public ZoneId getZone() {
			return ZoneId.of("Asia/Almaty");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return RateLimiterTests.this.now.get();
		}
	};

	void advance(Duration duration) {
		this.now.set(this.now.get().plus(duration));
	}

	RateLimiter limiter(int maxAttempts, Duration window, int maxKeys) {
		return new RateLimiter(new RateLimitSettings.Policy(maxAttempts, window, maxKeys), this.clock);
	}

	@Test
	@DisplayName("At most N attempts per key within the window; another key has its own count")
	void limitsAttemptsPerKey() {
		RateLimiter limiter = limiter(3, Duration.ofMinutes(10), 100);
		assertThat(limiter.tryAcquire("10.0.0.1").allowed()).isTrue();
		assertThat(limiter.tryAcquire("10.0.0.1").allowed()).isTrue();
		assertThat(limiter.tryAcquire("10.0.0.1").allowed()).isTrue();
		assertThat(limiter.tryAcquire("10.0.0.1").refused()).isTrue();
		assertThat(limiter.tryAcquire("10.0.0.2").allowed()).as("another address").isTrue();
	}

	@Test
	@DisplayName("The window slides: an attempt counts for exactly one window after it was made")
	void windowSlides() {
		RateLimiter limiter = limiter(2, Duration.ofMinutes(10), 100);
		assertThat(limiter.tryAcquire("a").allowed()).isTrue();
		advance(Duration.ofMinutes(4));
		assertThat(limiter.tryAcquire("a").allowed()).isTrue();
		advance(Duration.ofMinutes(5));
		assertThat(limiter.tryAcquire("a").refused()).as("both attempts within the last 10 minutes").isTrue();
		advance(Duration.ofMinutes(1));
		assertThat(limiter.tryAcquire("a").allowed()).as("the first attempt left the window").isTrue();
		assertThat(limiter.tryAcquire("a").refused()).as("the second and third are still in it").isTrue();
		advance(Duration.ofMinutes(11));
		assertThat(limiter.tryAcquire("a").allowed()).isTrue();
		assertThat(limiter.tryAcquire("a").allowed()).isTrue();
	}

	@Test
	@DisplayName("Retry-after says when the oldest counted attempt leaves the window, rounded up")
	void retryAfter() {
		RateLimiter limiter = limiter(2, Duration.ofMinutes(10), 100);
		assertThat(limiter.tryAcquire("a").retryAfter()).isZero();
		limiter.tryAcquire("a");
		RateLimiter.Attempt refused = limiter.tryAcquire("a");
		assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(10));
		assertThat(refused.retryAfterSeconds()).isEqualTo(600);
		assertThat(refused.retryAfterMinutes()).isEqualTo(10);

		advance(Duration.ofMinutes(3).plusSeconds(30).plusMillis(1));
		refused = limiter.tryAcquire("a");
		assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(6).plusSeconds(29).plusMillis(999));
		assertThat(refused.retryAfterSeconds()).isEqualTo(390);
		assertThat(refused.retryAfterMinutes()).isEqualTo(7);

		advance(refused.retryAfter());
		assertThat(limiter.tryAcquire("a").allowed()).as("exactly when retry-after said").isTrue();
	}

	@Test
	@DisplayName("Refused attempts are not counted: waiting out the window is enough")
	void refusedAttemptsDoNotCount() {
		RateLimiter limiter = limiter(1, Duration.ofMinutes(10), 100);
		limiter.tryAcquire("a");
		for (int i = 0; i < 9; i++) {
			advance(Duration.ofMinutes(1));
			assertThat(limiter.tryAcquire("a").refused()).isTrue();
		}
		advance(Duration.ofMinutes(1));
		assertThat(limiter.tryAcquire("a").allowed()).isTrue();
	}

	@Test
	@DisplayName("Memory is bounded: a flood of distinct keys keeps at most max-keys of them")
	void manyKeysDoNotGrowWithoutLimit() {
		RateLimiter limiter = limiter(5, Duration.ofMinutes(10), 1_000);
		for (int i = 0; i < 50_000; i++) {
			limiter.tryAcquire("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
		}
		assertThat(limiter.keysRemembered()).isLessThanOrEqualTo(1_000);
	}

	@Test
	@DisplayName("Memory is bounded: a key quiet for a whole window is forgotten")
	void quietKeysAreForgotten() {
		RateLimiter limiter = limiter(5, Duration.ofMinutes(10), 1_000);
		for (int i = 0; i < 100; i++) {
			limiter.tryAcquire("quiet-" + i);
		}
		assertThat(limiter.keysRemembered()).isEqualTo(100);
		advance(Duration.ofMinutes(10).plusSeconds(1));
		limiter.tryAcquire("busy");
		assertThat(limiter.keysRemembered()).isEqualTo(1);
	}

	@Test
	@DisplayName("Policies are settings by name, with defaults for what is left out; an unknown name stops the start")
	void policiesBySettings() {
		Binder binder = new Binder(new MapConfigurationPropertySource(Map.of("otinish.rate-limit.tracking.max-attempts",
				"10", "otinish.rate-limit.tracking.window", "10m", "otinish.rate-limit.sign-in.max-attempts", "5",
				"otinish.rate-limit.sign-in.window", "PT15M", "otinish.rate-limit.sign-in.max-keys", "500")));
		RateLimitSettings settings = binder.bindOrCreate("otinish", RateLimitSettings.class);
		assertThat(settings.rateLimit()).containsOnlyKeys("tracking", "sign-in");
		assertThat(settings.rateLimit().get("tracking"))
			.isEqualTo(new RateLimitSettings.Policy(10, Duration.ofMinutes(10), 10_000));
		assertThat(settings.rateLimit().get("sign-in"))
			.isEqualTo(new RateLimitSettings.Policy(5, Duration.ofMinutes(15), 500));

		RateLimits limits = new RateLimits(settings, this.clock);
		assertThat(limits.limiter("sign-in").maxAttempts()).isEqualTo(5);
		assertThat(limits.limiter("tracking").window()).isEqualTo(Duration.ofMinutes(10));
		assertThatIllegalStateException().isThrownBy(() -> limits.limiter("blog"))
			.withMessageContaining("otinish.rate-limit.blog");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RateLimitSettings.Policy(0, Duration.ofMinutes(10), 100));
	}

}

package kz.otinish.tracking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingLimiterTests {

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
			return TrackingLimiterTests.this.now.get();
		}
	};

	@Test
	@DisplayName("Public tracking: at most N attempts per address in the window, then again after it")
	void limitsAttemptsPerAddress() {
		TrackingLimiter limiter = new TrackingLimiter(this.clock, 3, Duration.ofMinutes(10));
		assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
		assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
		assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
		assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
		assertThat(limiter.tryAcquire("10.0.0.2")).as("another address").isTrue();
		this.now.set(this.now.get().plus(Duration.ofMinutes(11)));
		assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
	}

}

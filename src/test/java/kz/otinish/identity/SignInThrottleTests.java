package kz.otinish.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import kz.otinish.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	private final MutableClock clock = new MutableClock(ZoneId.of("Asia/Almaty"));

	private final SignInThrottle throttle = new SignInThrottle(this.clock, 5, 20, Duration.ofSeconds(30),
			Duration.ofMinutes(30), 1000);

	@Test
	@DisplayName("An address guessing many accounts is locked after its failures, whatever the usernames")
	void addressLockout() {
		this.clock.set(Instant.parse("2026-12-03T10:00:00Z"));
		for (int i = 0; i < 20; i++) {
			this.throttle.failed("user" + i, "203.0.113.5");
		}
		assertThat(this.throttle.lockedFor("someone-else", "203.0.113.5")).contains(Duration.ofSeconds(30));
		assertThat(this.throttle.lockedFor("someone-else", "198.51.100.7")).isEmpty();
	}

	@Test
	@DisplayName("The delay doubles with each failure after the threshold, up to the maximum, and success clears the account")
	void growingDelay() {
		this.clock.set(Instant.parse("2026-12-03T10:00:00Z"));
		for (int i = 0; i < 5; i++) {
			this.throttle.failed("aigerim", "a" + i);
		}
		assertThat(this.throttle.lockedFor("aigerim", "x")).contains(Duration.ofSeconds(30));
		this.throttle.failed("aigerim", "a5");
		assertThat(this.throttle.lockedFor("aigerim", "x")).contains(Duration.ofMinutes(1));
		for (int i = 0; i < 10; i++) {
			this.throttle.failed("aigerim", "b" + i);
		}
		assertThat(this.throttle.lockedFor("aigerim", "x")).contains(Duration.ofMinutes(30));
		this.throttle.succeeded("AIGERIM");
		assertThat(this.throttle.lockedFor("aigerim", "x")).isEmpty();
	}

}

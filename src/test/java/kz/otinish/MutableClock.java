package kz.otinish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * The clock of the integration tests: it follows the system clock until a test sets it,
 * then stands still until the test advances it. {@link MutableClockReset} puts it back on
 * the system time after every test, so no test inherits another's time.
 */
public final class MutableClock extends Clock {

	private final ZoneId zone;

	private volatile @Nullable Instant fixed;

	public MutableClock(ZoneId zone) {
		this.zone = zone;
	}

	/** Stops the clock at {@code instant}. */
	public void set(Instant instant) {
		this.fixed = instant;
	}

	/**
	 * Stops the clock at the current instant (so later reads are equal until advanced).
	 */
	public Instant freeze() {
		Instant now = instant();
		this.fixed = now;
		return now;
	}

	/** Moves the clock forward; a running clock is stopped at the moved instant. */
	public Instant advance(Duration duration) {
		Instant moved = instant().plus(duration);
		this.fixed = moved;
		return moved;
	}

	/** Back to the system time. */
	public void reset() {
		this.fixed = null;
	}

	@Override
	public Instant instant() {
		Instant instant = this.fixed;
		return (instant != null) ? instant : Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		// a view in another zone that still follows this clock
		MutableClock outer = this;
		return new Clock() {

			@Override
			public Instant instant() {
				return outer.instant();
			}

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return outer.withZone(other);
			}

		};
	}

}

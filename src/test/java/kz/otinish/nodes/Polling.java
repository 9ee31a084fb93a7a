package kz.otinish.nodes;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Waiting on an observable condition (a database count, a mailbox) with a deadline; the
 * failure says what was awaited and what was seen last.
 */
final class Polling {

	private Polling() {
	}

	static <T> T until(String what, Duration timeout, Supplier<T> observe, java.util.function.Predicate<T> done) {
		Instant deadline = Instant.now().plus(timeout);
		T seen = observe.get();
		while (!done.test(seen)) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Waited " + timeout + " for " + what + "; last seen: " + seen);
			}
			pause();
			seen = observe.get();
		}
		return seen;
	}

	static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

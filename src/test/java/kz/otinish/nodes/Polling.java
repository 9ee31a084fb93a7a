package kz.otinish.nodes;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Waiting on an observable condition (a database count, a mailbox, a health endpoint)
 * with a deadline, polled by Awaitility; the failure says what was awaited and what was
 * seen last.
 */
final class Polling {

	private static final Duration INTERVAL = Duration.ofMillis(200);

	private Polling() {
	}

	static <T> T until(String what, Duration timeout, Supplier<T> observe, Predicate<T> done) {
		AtomicReference<T> seen = new AtomicReference<>();
		try {
			return Awaitility.await(what).atMost(timeout).pollInterval(INTERVAL).until(() -> {
				T value = observe.get();
				seen.set(value);
				return value;
			}, done::test);
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("Waited " + timeout + " for " + what + "; last seen: " + seen.get(), ex);
		}
	}

}

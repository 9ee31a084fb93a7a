package kz.otinish.monitoring;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import kz.otinish.appeal.AppealRegistered;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The timer {@code otinish.registration} (tag {@code channel}): from the moment an appeal
 * is registered until its transaction has committed, i.e. what registration costs the
 * person waiting. A plain listener with a synchronization, not a transactional event
 * listener, so that measuring adds no row to the event publication registry.
 */
@Component
class RegistrationLatency {

	/** Longer than this is a moved test clock or history being entered, not a latency. */
	private static final Duration PLAUSIBLE = Duration.ofMinutes(10);

	private final MeterRegistry registry;

	private final Clock clock;

	RegistrationLatency(MeterRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	@EventListener
	void on(AppealRegistered event) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			record(event);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				record(event);
			}
		});
	}

	private void record(AppealRegistered event) {
		Duration took = Duration.between(event.at(), this.clock.instant());
		if (took.isNegative() || took.compareTo(PLAUSIBLE) > 0) {
			return;
		}
		Timer.builder("otinish.registration")
			.description("registration of an appeal, until its transaction committed")
			.tag("channel", event.channel().name())
			.publishPercentileHistogram()
			.register(this.registry)
			.record(took);
	}

}

package kz.otinish.demo;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo data once the application is ready (after the organization is loaded),
 * when {@code otinish.demo.enabled=true}. The steps, in order:
 * <ol>
 * <li>{@link DemoAccounts} ({@code @Order(100)}): one account per role, plus applicants
 * of other schools and the deans of every school;</li>
 * <li>{@link DemoAppeals} ({@code @Order(200)}): the demo appeals filed by the accounts
 * of step 1, registered, some triaged;</li>
 * <li>{@link DemoReviews} (300): appeals routed to bodies, a meeting with a decision, an
 * extended commission;</li>
 * <li>{@link DemoAnswers} (310): drafts, deliveries per applicant type, a complaint;</li>
 * <li>{@link DemoDocuments} (320): the answer to the appeal decided at the council,
 * approved (the letters are issued by the process);</li>
 * <li>{@link DemoClock} (500): extensions, and today's deadline watch.</li>
 * </ol>
 * The accounts are seeded before the application reports ready (so that the demo sign-in
 * works from the first moment); the rest is seeded on a thread of its own and does not
 * hold up readiness ({@link #loaded()} says when it is done).
 */
@Component
@ConditionalOnBooleanProperty("otinish.demo.enabled")
class DemoData {

	private static final Log log = LogFactory.getLog(DemoData.class);

	private final List<DemoStep> steps;

	/** The steps come sorted by their {@code @Order}. */
	DemoData(List<DemoStep> steps) {
		this.steps = steps;
	}

	private final java.util.concurrent.CompletableFuture<Void> loaded = new java.util.concurrent.CompletableFuture<>();

	@EventListener(ApplicationReadyEvent.class)
	void seed() {
		if (this.steps.isEmpty()) {
			this.loaded.complete(null);
			return;
		}
		this.steps.get(0).seed();
		Thread rest = new Thread(() -> {
			try {
				for (DemoStep step : this.steps.subList(1, this.steps.size())) {
					step.seed();
				}
				log.info("Demo data ready: " + this.steps.size() + " step(s)");
				this.loaded.complete(null);
			}
			catch (RuntimeException ex) {
				log.error("Demo data not loaded", ex);
				this.loaded.completeExceptionally(ex);
			}
		}, "demo-data");
		rest.setDaemon(true);
		rest.start();
	}

	/** Completes when every step has seeded (exceptionally when one failed). */
	java.util.concurrent.CompletableFuture<Void> loaded() {
		return this.loaded;
	}

}

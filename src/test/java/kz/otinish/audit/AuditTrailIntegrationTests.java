package kz.otinish.audit;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.shared.AuditedChange;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@OtinishIntegrationTest
class AuditTrailIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	record Change(UUID subjectId, String action, @Nullable String statusBefore, @Nullable String statusAfter,
			Instant at) implements AuditedChange {

		@Override
		public String subjectType() {
			return "TEST";
		}

	}

	@Test
	@DisplayName("Audit: a change is appended in the transaction of the change, and rolls back with it")
	void appendsInTheSameTransaction() {
		UUID kept = UUID.randomUUID();
		UUID rolledBack = UUID.randomUUID();
		this.transactions.executeWithoutResult(status -> this.events
			.publishEvent(new Change(kept, "REGISTER", "RECEIVED", "REGISTERED", Instant.now())));
		this.transactions.executeWithoutResult(status -> {
			this.events.publishEvent(new Change(rolledBack, "REGISTER", "RECEIVED", "REGISTERED", Instant.now()));
			status.setRollbackOnly();
		});
		assertThat(this.audit.of(kept)).singleElement().satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo("system");
			assertThat(entry.statusBefore()).isEqualTo("RECEIVED");
			assertThat(entry.statusAfter()).isEqualTo("REGISTERED");
		});
		assertThat(this.audit.of(rolledBack)).isEmpty();
	}

}

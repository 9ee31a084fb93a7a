package kz.otinish.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.TestDatabase;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import kz.otinish.shared.AuditedChange;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit trail proves itself: append-only on both databases (UPDATE, DELETE and
 * TRUNCATE refused), sealed as a hash chain, and a direct edit of a row is found by the
 * verification, which names the first broken link.
 */
@OtinishIntegrationTest
class AuditChainIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditChain chain;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	record Change(UUID subjectId, String action, @Nullable String statusBefore, @Nullable String statusAfter,
			Instant at) implements AuditedChange {

		@Override
		public String subjectType() {
			return "TEST";
		}

	}

	@BeforeEach
	void admin() {
		this.accounts.ensureAccount("it-audit-admin", "secret", "Әкімші Аудит", Role.ADMIN, null, null, null);
		this.accounts.ensureAccount("it-audit-dean", "secret", "Декан Аудит", Role.DEAN, "GM1", null, null);
	}

	private UUID audited(String action) {
		UUID subject = UUID.randomUUID();
		this.transactions.executeWithoutResult(
				status -> this.events.publishEvent(new Change(subject, action, "ANSWERED", "CLOSED", Instant.now())));
		return subject;
	}

	@Test
	@DisplayName("Audit: UPDATE, DELETE and TRUNCATE of the trail and its seals are refused by the database itself")
	void appendOnlyOnEveryDatabase() {
		UUID subject = audited("CLOSE");
		this.chain.verify();
		assertThatThrownBy(() -> this.jdbc.sql("update audit_entry set actor = 'someone else' where subject_id = :id")
			.param("id", subject)
			.update()).hasStackTraceContaining("append-only");
		assertThatThrownBy(
				() -> this.jdbc.sql("delete from audit_entry where subject_id = :id").param("id", subject).update())
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("update audit_seal set entry_hash = 'x'").update())
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_seal").update())
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("truncate table audit_entry").update()).isNotNull();
		assertThatThrownBy(() -> this.jdbc.sql("truncate table audit_seal").update()).isNotNull();
		assertThat(this.jdbc.sql("select actor from audit_entry where subject_id = :id")
			.param("id", subject)
			.query(String.class)
			.single()).isEqualTo("system");
	}

	@Test
	@DisplayName("Audit: each entry is sealed with the hash of the previous one; an edit behind the application's back breaks the chain at that entry, and the verification names it")
	void tamperingIsFound() throws Exception {
		audited("REGISTER");
		UUID victim = audited("CLOSE");
		audited("DELIVER");
		AuditChain.Verification before = this.chain.verify();
		assertThat(before.intact()).isTrue();
		assertThat(before.checked()).isGreaterThanOrEqualTo(3);
		long seq = this.jdbc.sql("select seq from audit_entry where subject_id = :id")
			.param("id", victim)
			.query(Long.class)
			.single();
		// each seal carries the hash of the seal before it
		assertThat(this.jdbc.sql("""
				select count(*) from audit_seal s join audit_seal p on p.position = s.position - 1
				where s.previous_hash <> p.entry_hash""").query(Long.class).single()).isZero();

		asTableOwner("update audit_entry set detail = 'rewritten' where seq = " + seq);
		try {
			AuditChain.Verification after = this.chain.verify();
			assertThat(after.intact()).isFalse();
			assertThat(after.firstBroken()).isNotNull().satisfies(broken -> {
				assertThat(broken.entrySeq()).isEqualTo(seq);
				assertThat(broken.subjectId()).isEqualTo(victim);
				assertThat(broken.reason()).isEqualTo(AuditChain.BrokenLink.Reason.ENTRY_CHANGED);
			});
			assertThat(AuditChainCommand.describe(after)).contains("BROKEN").contains("entry seq " + seq);
			MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
			var admin = user(this.accounts.loadUserByUsername("it-audit-admin"));
			var flash = mvc.perform(post("/admin/audit/verification").with(admin).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andReturn()
				.getFlashMap();
			String page = mvc.perform(get("/admin/audit?lang=ru").with(admin).flashAttrs(flash))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).contains("Журнал аудита нарушен")
				.contains("Содержание записи изменено после запечатывания.")
				.contains(String.valueOf(seq));
			mvc.perform(get("/admin/audit").with(user(this.accounts.loadUserByUsername("it-audit-dean"))))
				.andExpect(status().isForbidden());
		}
		finally {
			asTableOwner("update audit_entry set detail = null where seq = " + seq);
		}
		assertThat(this.chain.verify().intact()).isTrue();
	}

	/** What someone who owns the table could do: switch the guard off, change a row. */
	private void asTableOwner(String sql) {
		this.transactions.executeWithoutResult(status -> {
			if (TestDatabase.isPostgres()) {
				this.jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
				this.jdbc.sql(sql).update();
				this.jdbc.sql("alter table audit_entry enable trigger audit_entry_append_only").update();
			}
			else {
				this.jdbc.sql("drop trigger audit_entry_append_only").update();
				this.jdbc.sql(sql).update();
				this.jdbc
					.sql("create trigger audit_entry_append_only before update, delete on audit_entry "
							+ "for each row call 'kz.otinish.audit.AppendOnlyTrigger'")
					.update();
			}
		});
	}

}

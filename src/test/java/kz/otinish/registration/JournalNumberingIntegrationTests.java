package kz.otinish.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Registration numbers are unique and gapless per journal and year, whatever the
 * concurrency and however many registering transactions roll back (sop.md INT-1, TERM-7).
 */
@OtinishIntegrationTest
class JournalNumberingIntegrationTests {

	static final int THREADS = 16;

	static final int REGISTRATIONS = 2_000;

	@Autowired
	Journals journals;

	@Autowired
	JournalCatalog catalog;

	@Autowired
	JournalCounters counters;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	@DisplayName("INT-1, TERM-7: 2,000 registrations on 16 threads, every 7th rolled back, commit exactly 1..N")
	void numbersAreGaplessAndUniqueUnderConcurrencyAndRollback() throws Exception {
		String code = freshJournal();
		// as at start-up: the year's counter exists before the first registration
		this.counters.create(code, year());

		List<RegistrationNumber> committed = registerConcurrently(code, THREADS, REGISTRATIONS, i -> i % 7 == 3);

		assertGapless(code, committed, REGISTRATIONS - rolledBack(REGISTRATIONS));
	}

	@Test
	@DisplayName("TERM-7: the year's counter is created on demand by concurrent first registrations, still gapless")
	void counterIsCreatedOnDemandByConcurrentRegistrations() throws Exception {
		String code = freshJournal();
		// fewer threads than pooled connections: each creator needs a second connection
		List<RegistrationNumber> committed = registerConcurrently(code, 6, 120, i -> i % 7 == 3);

		assertGapless(code, committed, 120 - rolledBack(120));
	}

	@Test
	@DisplayName("INT-1: registration joins the caller's transaction and refuses to run without one")
	void registrationNeedsTheCallersTransaction() {
		String code = freshJournal();
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.journals.register(code, request(1)));
	}

	@Test
	@DisplayName("TERM-7: the journal records the receipt, channel, registrar and summary under the number")
	void entryRecordsWhatTheJournalNeeds() {
		String code = freshJournal();
		RegistrationRequest request = request(42);
		RegistrationNumber number = new TransactionTemplate(this.transactions)
			.execute(status -> this.journals.register(code, request));

		assertThat(number.formatted()).isEqualTo(code + "-" + year() + "-1");
		assertThat(this.journals.entryOf(request.appealId())).hasValueSatisfying(entry -> {
			assertThat(entry.number()).isEqualTo(number);
			assertThat(entry.receivedAt()).isEqualTo(request.receivedAt());
			assertThat(entry.channel()).isEqualTo("PORTAL");
			assertThat(entry.registrar()).isEqualTo("registrar");
			assertThat(entry.summary()).isEqualTo("Summary 42");
		});
	}

	@Test
	@DisplayName("INT-1, INT-2: the records office's journal KB and one journal per school of the seed; unknown schools go to KB")
	void journalsAreConfiguration() {
		assertThat(this.journals.journals()).extracting(JournalView::code)
			.startsWith("KB")
			.contains("GM1", "GM2", "DENT", "PH", "PHARM", "PED", "KKT", "IR", "MD");
		assertThat(this.journals.journal("KB").isRecordsOffice()).isTrue();
		assertThat(this.journals.journal("DENT").name(Locale.forLanguageTag("ru"))).isEqualTo("Школа стоматологии");
		assertThat(this.journals.journalFor(null)).isEqualTo("KB");
		assertThat(this.journals.journalFor("GM1")).isEqualTo("GM1");
		assertThat(this.journals.journalFor("NO-SUCH-SCHOOL")).isEqualTo("KB");
	}

	@Test
	@DisplayName("TERM-7: an appeal is registered once; a closed journal takes no registrations")
	void registrationIsRefusedTwiceOrInAClosedJournal() {
		String code = freshJournal();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		RegistrationRequest request = request(7);
		transaction.executeWithoutResult(status -> this.journals.register(code, request));

		assertThatExceptionOfType(Refused.class)
			.isThrownBy(() -> transaction.executeWithoutResult(status -> this.journals.register(code, request)))
			.satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("registration.alreadyRegistered"));

		this.jdbc.sql("update journal set active = false where code = ?").param(code).update();
		assertThatExceptionOfType(Refused.class)
			.isThrownBy(() -> transaction.executeWithoutResult(status -> this.journals.register(code, request(8))))
			.satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("registration.journal.closed"));
		assertThatExceptionOfType(NotFound.class).isThrownBy(
				() -> transaction.executeWithoutResult(status -> this.journals.register("NO-SUCH", request(9))));
	}

	private List<RegistrationNumber> registerConcurrently(String code, int threads, int registrations,
			java.util.function.IntPredicate rollBack) throws Exception {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		ConcurrentLinkedQueue<RegistrationNumber> committed = new ConcurrentLinkedQueue<>();
		AtomicInteger next = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Void>> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			workers.add(() -> {
				start.await();
				for (int i = next.getAndIncrement(); i < registrations; i = next.getAndIncrement()) {
					int index = i;
					try {
						RegistrationNumber number = transaction.execute(status -> {
							RegistrationNumber given = this.journals.register(code, request(index));
							if (rollBack.test(index)) {
								throw new RolledBack();
							}
							return given;
						});
						committed.add(number);
					}
					catch (RolledBack expected) {
						// the number goes back to the next registration
					}
				}
				return null;
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Void>> results = new ArrayList<>();
			for (Callable<Void> worker : workers) {
				results.add(pool.submit(worker));
			}
			start.countDown();
			for (Future<Void> result : results) {
				result.get(120, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		return new ArrayList<>(committed);
	}

	private void assertGapless(String code, List<RegistrationNumber> committed, int expected) {
		int year = year();
		long[] oneToN = LongStream.rangeClosed(1, expected).toArray();
		assertThat(committed).hasSize(expected);
		assertThat(committed.stream()
			.sorted(Comparator.comparingLong(RegistrationNumber::sequence))
			.mapToLong(RegistrationNumber::sequence)
			.toArray()).containsExactly(oneToN);
		assertThat(committed).allSatisfy(number -> {
			assertThat(number.year()).isEqualTo(year);
			assertThat(number.formatted()).isEqualTo(code + "-" + year + "-" + number.sequence());
		});
		List<Long> stored = this.jdbc
			.sql("select sequence_number from journal_entry where journal_code = ? and registration_year = ?"
					+ " order by sequence_number")
			.params(code, year)
			.query(Long.class)
			.list();
		assertThat(stored).containsExactly(LongStream.of(oneToN).boxed().toArray(Long[]::new));
		assertThat(this.jdbc
			.sql("select last_sequence from journal_counter where journal_code = ? and registration_year = ?")
			.params(code, year)
			.query(Long.class)
			.single()).isEqualTo(expected);
	}

	private static int rolledBack(int registrations) {
		return (int) java.util.stream.IntStream.range(0, registrations).filter(i -> i % 7 == 3).count();
	}

	private String freshJournal() {
		String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
		this.catalog.save(
				new Journal(code, "Сынақ " + code, "Тест " + code, "Test " + code, null, NumberPattern.DEFAULT, 1000));
		return code;
	}

	private int year() {
		return LocalDate.now(this.clock).getYear();
	}

	static RegistrationRequest request(int index) {
		return new RegistrationRequest(UUID.randomUUID(), Instant.parse("2026-01-15T04:00:00Z").plusSeconds(index),
				"PORTAL", "registrar", "Summary " + index);
	}

	static class RolledBack extends RuntimeException {

	}

}

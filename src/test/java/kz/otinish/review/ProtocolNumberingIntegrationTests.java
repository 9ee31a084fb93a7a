package kz.otinish.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Category;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each body numbers its protocols per year with no gaps and no repeats, also when
 * meetings are scheduled concurrently (H2 and PostgreSQL).
 */
@OtinishIntegrationTest
class ProtocolNumberingIntegrationTests {

	@Autowired
	AppealManagement appeals;

	@Autowired
	Accounts accounts;

	@Autowired
	Reviews reviews;

	@Test
	@DisplayName("Protocols: concurrent meetings of one body get consecutive numbers, no gaps or repeats; another year starts at 1")
	void concurrentMeetingsGetGaplessNumbers() throws Exception {
		ReviewFixtures fixtures = new ReviewFixtures(this.appeals, this.accounts, this.reviews);
		CurrentUser dean = fixtures.dean();
		CurrentUser secretary = fixtures.secretary();
		Appeal appeal = fixtures.studentAppeal(Category.TEACHING_QUALITY);
		this.reviews.route(appeal.id(), "GM1-QAC", "member", dean);
		// a year nobody else uses (the PostgreSQL schema outlives a run), so the numbers
		// are
		// this run's alone
		LocalDate day = LocalDate.of(3000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(6000), 3, 12);
		// first the race to create the year's counter, then the race for the row lock
		assertThat(concurrently(4, day, appeal, secretary)).containsExactlyInAnyOrder(1, 2, 3, 4);
		assertThat(concurrently(8, day, appeal, secretary)).containsExactlyInAnyOrder(5, 6, 7, 8, 9, 10, 11, 12);
		int threads = 12;
		assertThat(this.reviews.scheduleMeeting("GM1-QAC", day.plusYears(1), List.of(appeal.id()), secretary)
			.protocolNumber()).isEqualTo(1);
		assertThat(this.reviews.scheduleMeeting("GM1-QAC", day, List.of(appeal.id()), secretary).protocolNumber())
			.isEqualTo(threads + 1);
	}

	private List<Integer> concurrently(int threads, LocalDate day, Appeal appeal, CurrentUser secretary)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Callable<Integer>> tasks = IntStream.range(0, threads)
				.<Callable<Integer>>mapToObj(
						i -> () -> this.reviews.scheduleMeeting("GM1-QAC", day, List.of(appeal.id()), secretary)
							.protocolNumber())
				.toList();
			List<Integer> numbers = new ArrayList<>();
			for (Future<Integer> result : pool.invokeAll(tasks)) {
				numbers.add(result.get());
			}
			return numbers;
		}
		finally {
			pool.shutdownNow();
		}
	}

}

package kz.otinish.appeal.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.TestSteps;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The lists are ordered and paged by the database: the triage queue by due date over more
 * appeals than any one page or former in-memory cap held, the overdue list the same way,
 * the API and the staff list newest first, without overlaps or gaps between pages, each
 * within the reader's scope. Correctness only; speed is measured in bench/reads.sh.
 */
@OtinishIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListPagingIntegrationTests {

	// more than the 500 per status the triage queue used to load before sorting in memory
	static final int WAITING = 501;

	static final String SCHOOL = "PED";

	static final Pattern APPEAL_LINK = Pattern.compile("href=\"/appeals/([0-9a-f-]{36})\"");

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	EntityManager entityManager;

	MockMvc mvc;

	/** The test's own appeals and their review due dates. */
	final Map<UUID, LocalDate> mine = new LinkedHashMap<>();

	/**
	 * The one transaction the appeals are made and read in, rolled back after the last
	 * test: they never reach the other tests sharing this database, and nothing that
	 * follows a commit (a receipt rendered per registration, notices) runs for them. The
	 * requests run in this thread and so in this transaction, as in
	 * AuthorizationMatrixIntegrationTests.
	 */
	TransactionStatus transaction;

	@BeforeAll
	void createAppeals() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.accounts.ensureAccount("it-lists-dean", "secret", "Декан PED", Role.DEAN, SCHOOL, null, null);
		this.accounts.ensureAccount("it-lists-dean-dent", "secret", "Декан DENT", Role.DEAN, "DENT", null, null);
		CurrentUser student = this.accounts.ensureAccount("it-lists-student", "secret", "Студент Тізім", Role.STUDENT,
				SCHOOL, null, null);
		// received on days between May and October, created in a shuffled order so that
		// neither insertion order nor ids follow the due dates
		List<Integer> days = new ArrayList<>();
		for (int i = 0; i < WAITING; i++) {
			days.add(i);
		}
		Collections.shuffle(days, new Random(13));
		Instant first = Instant.parse("2026-05-04T04:00:00Z");
		this.transaction = this.transactions.getTransaction(TransactionDefinition.withDefaults());
		for (int day : days) {
			Instant at = first.plus(Duration.ofHours(day * 8L));
			Appeal received = this.appeals.receive(AppealFixtures.studentApplication(student.id(), SCHOOL), at);
			Appeal registered = this.appeals.performAt(received.id(), new AppealCommand.Register(),
					TestSteps.registrar("Кеңсе"), at);
			this.mine.put(registered.id(), registered.dueOn().orElseThrow());
		}
		// the lists read from the database, not from the set-up's persistence context
		this.entityManager.flush();
		this.entityManager.clear();
	}

	@AfterAll
	void leaveNothingBehind() {
		if (this.transaction != null) {
			this.transactions.rollback(this.transaction);
		}
	}

	String page(String path, String username) throws Exception {
		return this.mvc.perform(get(path).with(user(this.accounts.loadUserByUsername(username))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * The appeals linked from every page of a list, in order, following its "next" link.
	 */
	List<UUID> walk(String path, String username) throws Exception {
		List<UUID> seen = new ArrayList<>();
		for (int number = 0; number < 100; number++) {
			String html = page(path + (path.contains("?") ? "&" : "?") + "page=" + number, username);
			Matcher links = APPEAL_LINK.matcher(html);
			while (links.find()) {
				seen.add(UUID.fromString(links.group(1)));
			}
			if (!html.contains("page=" + (number + 1))) {
				break;
			}
		}
		return seen;
	}

	LocalDate dueOf(UUID id) {
		// the test's own appeals keep the due date they were registered with
		LocalDate mine = this.mine.get(id);
		return mine != null ? mine : this.appeals.find(id).orElseThrow().dueOn().orElse(LocalDate.MAX);
	}

	@Test
	@DisplayName("REV-1, DL-1: the dean's triage queue holds every registered appeal of the school, nearest due date first, across pages with no overlap; none of another school")
	void triageQueueIsOrderedByDueDateAcrossPages() throws Exception {
		List<UUID> queue = walk("/triage", "it-lists-dean");
		assertThat(queue).doesNotHaveDuplicates().containsAll(this.mine.keySet());
		assertThat(queue.stream().map(this::dueOf).toList()).isSorted();
		// the first page starts with the nearest due date of all, not an arbitrary one
		LocalDate nearest = Collections.min(this.mine.values());
		assertThat(dueOf(queue.get(0))).isBeforeOrEqualTo(nearest);
		assertThat(walk("/triage", "it-lists-dean-dent")).doesNotContainAnyElementsOf(this.mine.keySet());
	}

	@Test
	@DisplayName("DL-1: the overdue list is paged by the database, the most overdue first, within the dean's school")
	void overdueListIsOrderedAndPaged() throws Exception {
		// every appeal of the test was due long before the test clock's today
		List<UUID> overdue = walk("/overdue", "it-lists-dean");
		assertThat(overdue).doesNotHaveDuplicates().containsAll(this.mine.keySet());
		assertThat(overdue.stream().map(this::dueOf).toList()).isSorted();
		assertThat(walk("/overdue", "it-lists-dean-dent")).doesNotContainAnyElementsOf(this.mine.keySet());
	}

	@Test
	@DisplayName("TERM-8: the applicant's own list and the API list are newest first, page after page with no overlap, and the API says whether another page follows")
	void mineAndApiAreNewestFirst() throws Exception {
		List<UUID> own = walk("/appeals/mine", "it-lists-student");
		assertThat(own).doesNotHaveDuplicates().containsAll(this.mine.keySet());
		List<Instant> received = own.stream().map(id -> this.appeals.find(id).orElseThrow().receivedAt()).toList();
		assertThat(received).isSortedAccordingTo(java.util.Comparator.reverseOrder());

		List<UUID> api = new ArrayList<>();
		for (int number = 0; number < 20; number++) {
			String json = page("/api/v1/appeals?school=" + SCHOOL + "&status=REGISTERED&size=200&page=" + number,
					"it-lists-dean");
			Matcher ids = Pattern.compile("\\{\"id\":\"([0-9a-f-]{36})\"").matcher(json);
			while (ids.find()) {
				api.add(UUID.fromString(ids.group(1)));
			}
			if (json.contains("\"hasNext\":false")) {
				break;
			}
			assertThat(json).contains("\"hasNext\":true");
		}
		assertThat(api).doesNotHaveDuplicates().containsAll(this.mine.keySet());
	}

	@Test
	@DisplayName("TERM-8: the staff list's pager keeps its filters")
	void staffListPagerKeepsFilters() throws Exception {
		String html = page("/appeals?status=REGISTERED&kind=APPLICATION", "it-lists-dean");
		assertThat(html).contains("/appeals?status=REGISTERED&amp;kind=APPLICATION&amp;page=1");
		assertThat(walk("/appeals?status=REGISTERED", "it-lists-dean")).doesNotHaveDuplicates()
			.containsAll(this.mine.keySet());
	}

}

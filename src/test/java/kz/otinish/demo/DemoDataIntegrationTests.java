package kz.otinish.demo;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.documents.DocumentKind;
import kz.otinish.documents.Documents;
import kz.otinish.documents.IssuedDocument;
import kz.otinish.documents.PdfChecks;
import kz.otinish.review.MeetingView;
import kz.otinish.review.Reviews;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo loader itself, the only test that runs it: every step of {@link DemoData} on
 * an empty database of its own. This is the suite's one extra application context (a
 * separate in-memory H2, so that no other test sees demo data; about as long as the
 * shared context's start plus the seeding of 40 appeals (fewer leave the council meeting
 * of the demo out)); it is closed after the class. On PostgreSQL it is skipped: the
 * demo's SQL is the application's, which the other tests run there.
 */
@OtinishIntegrationTest
@TestPropertySource(properties = { "otinish.demo.enabled=true", "otinish.demo.appeals=40",
		"spring.datasource.url=jdbc:h2:mem:otinish-demo;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=15000" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@DisabledIfSystemProperty(named = "otinish.test.db", matches = "postgres")
class DemoDataIntegrationTests {

	static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	DemoData demoData;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reviews reviews;

	@Autowired
	Documents documents;

	@Autowired
	AppealManagement appeals;

	@org.junit.jupiter.api.BeforeEach
	void demoLoaded() throws Exception {
		// the accounts are there when the application is ready; the rest follows on its
		// own thread
		this.demoData.loaded().get(2, java.util.concurrent.TimeUnit.MINUTES);
	}

	@Test
	@DisplayName("The demo data loads at start-up: the accounts, the appeals in several statuses, reviews, answers, an extension, the mailbox's letters")
	void demoDataLoadsAtStartUp() {
		Map<String, Long> byStatus = statuses();
		assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(40);
		assertThat(byStatus).containsKeys("REGISTERED", "IN_REVIEW", "DECIDED");
		assertThat(count("appeal_extension")).isPositive();
		assertThat(
				this.jdbc.sql("select count(*) from user_account where username = 'dean'").query(Long.class).single())
			.isEqualTo(1L);
	}

	@Test
	@DisplayName("The demo student's and staff member's own portal appeals carry their names: \"My appeals\" shows nobody else's")
	void ownAppealsCarryTheOwnersName() {
		assertThat(this.jdbc
			.sql("select count(*) from appeal a join user_account u on u.id = a.applicant_user_id "
					+ "where u.username in ('student', 'staff')")
			.query(Long.class)
			.single()).isPositive();
		assertThat(this.jdbc.sql("select a.applicant_name || ' / ' || u.full_name || ' / ' || a.channel from appeal a "
				+ "join user_account u on u.id = a.applicant_user_id "
				+ "where u.username in ('student', 'staff') and a.channel = 'PORTAL' and a.applicant_name <> u.full_name")
			.query(String.class)
			.list()).isEmpty();
	}

	@Test
	@DisplayName("REV-1: the demo's considered appeals are routed to bodies of the organization (by code), so their members see them")
	void routedToRealBodies() {
		List<String> bodies = this.jdbc.sql("select distinct routed_body from appeal where routed_body is not null")
			.query(String.class)
			.list();
		assertThat(bodies).isNotEmpty().allMatch(code -> code.matches("[A-Z0-9]+-(DOC|QAC|EPC)"));
	}

	@Test
	@DisplayName("Loading the demo again adds nothing")
	void loadingTwiceAddsNothing() {
		Map<String, Long> before = statuses();
		long extensions = count("appeal_extension");
		this.demoData.seed();
		assertThat(statuses()).isEqualTo(before);
		assertThat(count("appeal_extension")).isEqualTo(extensions);
	}

	@Test
	@DisplayName("The council's meeting of the demo has its protocol with the minutes, and the appeal it decided its answer letter, both issued by the process")
	void demoLettersComeFromTheProcess() {
		MeetingView demo = this.reviews.meetingsOf("GM1-DOC")
			.stream()
			.filter(meeting -> meeting.minutes() != null
					&& meeting.minutes().startsWith("Күн тәртібі: өтінішті қарау."))
			.findFirst()
			.orElseThrow();
		IssuedDocument protocol = await().atMost(WAIT)
			.until(() -> this.documents.protocolOfMeeting(demo.id(), demo.agenda()), Optional::isPresent)
			.orElseThrow();
		PdfChecks.assertReadable(this.documents.pdf(protocol).content(), "Күн тәртібі: өтінішті қарау.",
				"Бір дәлел расталды, екіншісі расталмады");
		UUID decided = demo.agenda().get(0);
		IssuedDocument answer = await().atMost(WAIT)
			.until(() -> this.documents.issuedFor(this.appeals.find(decided).orElseThrow())
				.stream()
				.filter(document -> document.kind() == DocumentKind.ANSWER)
				.max(Comparator.comparingInt(IssuedDocument::version)), Optional::isPresent)
			.orElseThrow();
		PdfChecks.assertReadable(this.documents.pdf(answer).content(), "Кафедра құжаттары мен түсініктемелер растады",
				"Жағдайды түзету және есеп беру");
	}

	private Map<String, Long> statuses() {
		return this.jdbc.sql("select status, count(*) as n from appeal group by status")
			.query((rs, i) -> Map.entry(rs.getString("status"), rs.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	@DisplayName("The loader acts only on the appeals it made (extensions, drafts, routings, meetings), each step once; the demo student has tens of notifications, not a hundred")
	void actsOnlyOnItsOwnAppeals() {
		for (String acted : List.of("select appeal_id from appeal_extension", "select appeal_id from answer_draft",
				"select id from appeal where routed_body is not null")) {
			assertThat(this.jdbc
				.sql("select count(*) from (" + acted + ") t where t."
						+ (acted.contains("appeal_id") ? "appeal_id" : "id")
						+ " not in (select appeal_id from demo_appeal)")
				.query(Long.class)
				.single()).as(acted).isZero();
		}
		assertThat(count("demo_step")).isPositive();
		await().atMost(WAIT)
			.until(() -> this.jdbc.sql("select count(*) from notification where recipient = 'student'")
				.query(Long.class)
				.single() > 0);
		assertThat(this.jdbc.sql("select count(*) from notification where recipient = 'student'")
			.query(Long.class)
			.single()).isBetween(1L, 60L);
	}

}

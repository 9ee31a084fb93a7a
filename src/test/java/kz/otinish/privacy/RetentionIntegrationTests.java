package kz.otinish.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kz.otinish.MutableClock;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.answer.AnswerManagement;
import kz.otinish.answer.DeliveryRecord;
import kz.otinish.appeal.Addressee;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealParticulars;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.CoApplicant;
import kz.otinish.appeal.IncomingFile;
import kz.otinish.appeal.NewAppeal;
import kz.otinish.appeal.Outcome;
import kz.otinish.appeal.RepresentationReason;
import kz.otinish.appeal.Representative;
import kz.otinish.appeal.TestSteps;
import kz.otinish.audit.AuditEntry;
import kz.otinish.audit.AuditTrail;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Retention (Law No. 94-V): closed appeals past the period lose their personal data in
 * every module, the statistics stay exactly the same, open and recent appeals are left
 * alone. Time is moved years ahead on the test clock.
 */
@OtinishIntegrationTest
class RetentionIntegrationTests {

	static final String NAME = "Ретенциева Жанар Болатқызы";

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	@Autowired
	kz.otinish.appeal.AppealLists lists;

	@Autowired
	AnswerManagement answers;

	@Autowired
	Retention retention;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	CurrentUser student;

	CurrentUser dean;

	CurrentUser executor;

	CurrentUser registrar;

	@BeforeEach
	void people() {
		this.student = this.accounts.ensureAccount("it-retention-student", "secret", NAME, Role.STUDENT, "GM1",
				"zhanar.retention@example.kz", "+7 701 999 00 11");
		this.dean = this.accounts.ensureAccount("it-retention-dean", "secret", "Декан Ретенция", Role.DEAN, "GM1", null,
				null);
		this.executor = this.accounts.ensureAccount("it-retention-executor", "secret", "Орындаушы Ретенция",
				Role.DEANS_OFFICE, "GM1", null, null);
		this.registrar = this.accounts.ensureAccount("it-retention-registrar", "secret", "Тіркеуші Ретенция",
				Role.REGISTRAR, null, null, null);
		this.accounts.ensureAccount("it-retention-analyst", "secret", "Талдаушы Ретенция", Role.ANALYST, null, null,
				null);
	}

	NewAppeal personal(String subject) {
		return personal(subject, null);
	}

	NewAppeal personal(String subject, Representative representative) {
		return new NewAppeal(AppealKind.COMPLAINT, Channel.PORTAL, AppealFixtures.student(), false, false,
				representative, List.of(new CoApplicant("Топтас Ретенциев", "+7 702 000 11 22")), "GM1", Addressee.DEAN,
				Category.ASSESSMENT, subject, "Ретенция мәтіні: " + NAME + " бағамен келіспейді.", Language.KK,
				this.student.id(), null, null, null);
	}

	Appeal closed(String subject) {
		Appeal filed = this.appeals.fileOnline(personal(subject), List
			.of(new IncomingFile(NAME + " анықтама.pdf", "%PDF-1.4 retention".getBytes(StandardCharsets.UTF_8))), 1);
		Instant now = this.clock.instant();
		this.appeals.performAt(filed.id(), new AppealCommand.StartTriage(), TestSteps.SYSTEM, now);
		this.appeals.performAt(filed.id(),
				new AppealCommand.Route("DEANS_OFFICE_COUNCIL", this.executor.username(), this.executor.fullName()),
				TestSteps.SYSTEM, now);
		this.appeals.performAt(filed.id(), TestSteps.decide(Outcome.SATISFIED), TestSteps.SYSTEM, now);
		this.answers.submitDraft(filed.id(), "Құрметті " + NAME + ", өтінішіңіз қанағаттандырылды.", this.executor);
		this.answers.approve(filed.id(), this.dean);
		this.answers.recordDelivery(filed.id(),
				DeliveryRecord.inPerson(LocalDate.now(this.clock), "Тіркеуші Ретенция", NAME), this.registrar);
		return this.answers.close(filed.id(), this.dean);
	}

	String statisticsPage(MockMvc mvc) throws Exception {
		return mvc
			.perform(get("/statistics?lang=en&from=2000-01-01&to=2099-12-31")
				.with(user(this.accounts.loadUserByUsername("it-retention-analyst"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			// the sign-out form's token is new on every page
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	@Test
	@DisplayName("Retention: a closed appeal past the period loses names, contacts, text, files, co-applicants, representative, answer and documents' content, notification texts; the statistics stay equal; an open appeal keeps everything")
	void closedAppealsPastThePeriodAreAnonymisedAndStatisticsStay() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		Appeal closed = closed("Ретенция: бағамен келіспеймін");
		Appeal returned = this.appeals.fileOnline(
				personal("Ретенция: қайтарылған",
						new Representative("Өкіл Ретенциев", RepresentationReason.MINOR, "Сенімхат № 77")),
				List.of(), 1);
		this.appeals.returnWithoutConsideration(returned.id(), "Мәні жоқ", this.dean);
		Appeal open = this.appeals.fileOnline(personal("Ретенция: ашық"), List.of(), 1);
		// the documents issued on the way (receipt, answer) are written after commit
		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("select count(*) from issued_document where appeal_id = :id and size_bytes > 0",
					closed.id()) > 0);

		// the letter and the blog post the appeal came from (as the mailbox and the blog
		// keep them)
		UUID letter = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into mail_message (id, mailbox, message_key, sender, subject, received_at, fetched_at, size_bytes,
					                          raw, appeal_id, status, notes)
					values (:id, 'info', :key, :sender, :subject, :at, :at, 10, :raw, :appeal, 'RECEIVED', :notes)""")
			.param("id", letter)
			.param("key", "retention-" + letter)
			.param("sender", "zhanar.retention@example.kz")
			.param("subject", NAME)
			.param("at", java.time.OffsetDateTime.now(this.clock))
			.param("raw", ("From: " + NAME).getBytes(StandardCharsets.UTF_8))
			.param("appeal", closed.id())
			.param("notes", NAME)
			.update();
		UUID post = UUID.randomUUID();
		this.jdbc.sql("""
				insert into blog_post (id, version, reference, written_at, body_text, author_name, author_address,
				                       author_contact, author_type, category, language, status, routing, appeal_id)
				values (:id, 0, :reference, :at, :text, :name, 'Алматы', 'zhanar.retention@example.kz', 'STUDENT',
				        'ASSESSMENT', 'KK', 'AWAITING_MODERATION', 'DEANS_OFFICE', :appeal)""")
			.param("id", post)
			.param("reference", "RT" + post.toString().substring(0, 8))
			.param("at", java.time.OffsetDateTime.now(this.clock))
			.param("text", NAME + " жазады")
			.param("name", NAME)
			.param("appeal", closed.id())
			.update();

		this.jdbc
			.sql("insert into review_argument (id, appeal_id, sort_order, argument) values (:id, :appeal, 1, :text)")
			.param("id", UUID.randomUUID())
			.param("appeal", closed.id())
			.param("text", NAME + ": бағам төмендетілді")
			.update();

		var countsBefore = this.lists.statusCounts();
		String pageBefore = statisticsPage(mvc);
		// the page counts what is overdue on the day it is read: read both on the same
		// day
		java.time.Instant readOn = this.clock.instant();

		// a year short of the period: nothing happens
		this.clock.set(this.clock.instant().plus(Duration.ofDays(365 * 4)));
		this.retention.run();
		assertThat(this.appeals.find(closed.id()).orElseThrow().anonymisedAt()).isEmpty();

		this.clock.set(this.clock.instant().plus(Duration.ofDays(365 * 2)));
		assertThat(this.retention.run()).isGreaterThanOrEqualTo(2);

		Appeal wiped = this.appeals.find(closed.id()).orElseThrow();
		assertThat(wiped.anonymisedAt()).isPresent();
		assertThat(wiped.status()).isEqualTo(AppealStatus.CLOSED);
		assertThat(wiped.schoolCode()).isEqualTo("GM1");
		assertThat(wiped.category()).isEqualTo(Category.ASSESSMENT);
		assertThat(wiped.outcome()).contains(Outcome.SATISFIED);
		assertThat(wiped.registration()).isPresent();
		assertThat(wiped.applicant().fullName()).isNull();
		assertThat(wiped.applicant().email()).isNull();
		assertThat(wiped.applicant().phone()).isNull();
		assertThat(wiped.applicant().address()).isNull();
		assertThat(wiped.subject()).isEqualTo(AppealParticulars.WIPED);
		assertThat(wiped.text()).isEqualTo(AppealParticulars.WIPED);
		assertThat(wiped.coApplicants()).allSatisfy(member -> {
			assertThat(member.fullName()).isEqualTo(AppealParticulars.WIPED);
			assertThat(member.contact()).isNull();
		});
		assertThat(this.appeals.attachments(wiped)).singleElement().satisfies(file -> {
			assertThat(file.fileName()).isEqualTo("file-1").doesNotContain(NAME);
			assertThat(file.size()).isZero();
		});
		Appeal returnedWiped = this.appeals.find(returned.id()).orElseThrow();
		assertThat(returnedWiped.anonymisedAt()).isPresent();
		assertThat(returnedWiped.representative().orElseThrow().fullName()).isEqualTo(AppealParticulars.WIPED);
		assertThat(returnedWiped.representative().orElseThrow().basisDocument()).isEqualTo(AppealParticulars.WIPED);
		assertThat(this.audit.of(closed.id())).extracting(AuditEntry::action).contains("ANONYMISE");

		// each module wipes its own, after the appeal's transaction
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(this.answers.approvedAnswer(closed.id()).orElseThrow().text())
				.isEqualTo(AppealParticulars.WIPED);
			assertThat(this.answers.delivery(closed.id()).orElseThrow().signedBy()).isNull();
			assertThat(
					count("select count(*) from issued_document where appeal_id = :id and size_bytes > 0", closed.id()))
				.isZero();
			assertThat(count("select count(*) from review_argument where appeal_id = :id and argument like :name",
					closed.id(), NAME))
				.isZero();
			assertThat(count("select count(*) from mail_message where appeal_id = :id and (sender is not null "
					+ "or subject is not null or notes is not null or size_bytes > 0)", closed.id()))
				.isZero();
			assertThat(count(
					"select count(*) from blog_post where appeal_id = :id and (author_name is not null "
							+ "or author_contact is not null or body_text <> '" + AppealParticulars.WIPED + "')",
					closed.id()))
				.isZero();
			assertThat(count("select count(*) from notification where link like '%" + closed.id()
					+ "%' and arguments like '%" + NAME + "%'", null))
				.isZero();
		});

		// open appeals keep everything
		Appeal kept = this.appeals.find(open.id()).orElseThrow();
		assertThat(kept.anonymisedAt()).isEmpty();
		assertThat(kept.applicant().fullName()).isNotNull();
		assertThat(kept.text()).contains(NAME);

		// the statistics are the same numbers
		assertThat(this.lists.statusCounts()).containsExactlyInAnyOrderElementsOf(countsBefore);
		this.clock.set(readOn);
		assertThat(statisticsPage(mvc)).isEqualTo(pageBefore);

		// the completed event publications (which carried e-mail addresses and names) are
		// gone once as old as the period
		assertThat(count("select count(*) from event_publication where completion_date is not null "
				+ "and serialized_event like :name", null, NAME))
			.isZero();

		// the trail never carried the applicant's name
		assertThat(count("select count(*) from audit_entry where actor like :name or detail like :name", null, NAME))
			.isZero();

		// done once: a second run finds nothing of these
		assertThat(this.appeals.find(closed.id()).orElseThrow().anonymisedAt()).isEqualTo(wiped.anonymisedAt());
	}

	long count(String sql, UUID id) {
		return count(sql, id, null);
	}

	long count(String sql, UUID id, String name) {
		var statement = this.jdbc.sql(sql);
		if (id != null) {
			statement = statement.param("id", id);
		}
		if (name != null) {
			statement = statement.param("name", "%" + name + "%");
		}
		return statement.query(Long.class).single();
	}

}

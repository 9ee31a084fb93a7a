package kz.otinish.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import kz.otinish.OtinishApplication;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.TestDatabase;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of Otinish on one database: a holiday an administrator adds on one node moves
 * the next deadline computed on the other (DL-1), and removing it moves it back. The
 * first node is the integration tests' shared context; the second is a full application
 * context of its own, without a web server and without demo data, on the same database
 * (on H2 the same named in-memory database, on PostgreSQL ({@code -Ppostgres}) the test
 * schema). Year 2093 belongs to this test alone.
 */
@OtinishIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeCalendarIntegrationTests {

	static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	static final String ADMIN = "two-node-admin";

	static final LocalDate HOLIDAY = LocalDate.of(2093, 6, 12);

	static final Instant RECEIPT = LocalDateTime.parse("2093-06-10T16:30").atZone(ALMATY).toInstant();

	@Autowired
	ConfigurableApplicationContext first;

	ConfigurableApplicationContext second;

	@BeforeAll
	void startSecondNode() {
		List<String> profiles = TestDatabase.isPostgres() ? List.of("postgres", "test", "test-postgres")
				: List.of("test", "test-h2");
		assertThat(this.first.getEnvironment().getActiveProfiles()).as("the first node's profiles")
			.containsExactlyElementsOf(profiles);
		// as arguments, so that they win over the test profiles' files; the first node
		// delivers the events it publishes: the second republishes none of them
		String[] arguments = {
				"--spring.datasource.url=" + this.first.getEnvironment().getProperty("spring.datasource.url"),
				"--otinish.demo.enabled=false", "--otinish.clock.cron=-", "--otinish.mailbox.enabled=false",
				"--spring.modulith.events.republish-outstanding-events-on-restart=false",
				"--springdoc.api-docs.enabled=false", "--spring.jmx.enabled=false", "--spring.main.banner-mode=off" };
		this.second = new SpringApplicationBuilder(OtinishApplication.class)
			// a web application context without a server (as @SpringBootTest's MOCK): the
			// security configuration needs one
			.web(WebApplicationType.SERVLET)
			.contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
			.profiles(profiles.toArray(String[]::new))
			.run(arguments);
	}

	@AfterAll
	void stopSecondNode() {
		if (this.second != null) {
			this.second.close();
		}
	}

	static LocalDate reviewDueOn(ConfigurableApplicationContext node) {
		return node.getBean(Deadlines.class).review(RECEIPT).dueOn();
	}

	static CurrentUser admin(ConfigurableApplicationContext node) {
		return node.getBean(Accounts.class)
			.ensureAccount(ADMIN, "demo", "Calendar Administrator", Role.ADMIN, null, null, null);
	}

	@Test
	@DisplayName("DL-1 on two nodes: a holiday added on one node moves the deadline computed on the other, and back")
	void holidayChangedOnOneNodeAppliesOnTheOther() {
		ConfigurableApplicationContext first = this.first;
		ConfigurableApplicationContext second = this.second;
		CalendarAdministration onFirst = first.getBean(CalendarAdministration.class);
		if (first.getBean(WorkingDayCalendar.class).year(2093).find(HOLIDAY).isPresent()) {
			onFirst.removeDay(HOLIDAY, admin(first)); // a rerun on PostgreSQL
		}
		// both nodes have computed with 2093 and hold it in their caches
		LocalDate before = reviewDueOn(first);
		assertThat(reviewDueOn(second)).isEqualTo(before);

		onFirst.saveDay(new CalendarDay(HOLIDAY, DayKind.HOLIDAY, null, "A holiday by decree", DataStatus.ANNOUNCED,
				List.of("Decree No. 3 (test)"), null), admin(first));

		LocalDate later = first.getBean(WorkingDayCalendar.class).addWorkingDays(before, 1);
		assertThat(reviewDueOn(second)).as("the other node follows the change").isEqualTo(later);
		assertThat(reviewDueOn(first)).isEqualTo(later);
		assertThat(second.getBean(WorkingDayCalendar.class).isWorkingDay(HOLIDAY)).isFalse();

		second.getBean(CalendarAdministration.class).removeDay(HOLIDAY, admin(second));

		assertThat(reviewDueOn(first)).as("and back, the other way round").isEqualTo(before);
		assertThat(reviewDueOn(second)).isEqualTo(before);
	}

}

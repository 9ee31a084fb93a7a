package kz.otinish.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Removing a day from the calendar is confirmed first, with what it touches: how many
 * open appeals have the day in their period, and that their due dates stay as registered.
 */
@OtinishIntegrationTest
class CalendarRemovalIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	@Autowired
	CalendarDependents dependents;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	Clock clock;

	@Test
	@DisplayName("DL-1: the administrator is asked before a day is removed and told how many open appeals have it in their period")
	void removalIsConfirmedWithItsConsequence() throws Exception {
		CurrentUser admin = this.accounts.ensureAccount("it-removal-admin", "secret", "Күнтізбе Әкімшісі", Role.ADMIN,
				null, null, null);
		CurrentUser student = this.accounts.ensureAccount("it-removal-student", "secret", "Мерзімова Дана",
				Role.STUDENT, "GM1", "dana.removal@example.kz", null);
		LocalDate day = LocalDate.now(this.clock).plusDays(7);
		// a working Wednesday of the next weeks without a calendar entry:
		// this test adds it and removes it again
		while (day.getDayOfWeek() != DayOfWeek.WEDNESDAY || this.calendar.year(day.getYear()).find(day).isPresent()) {
			day = day.plusDays(1);
		}
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		{
			mvc.perform(post("/admin/calendar/days").with(user(this.accounts.loadUserByUsername(admin.username())))
				.with(csrf())
				.param("date", day.toString())
				.param("kind", "HOLIDAY")
				.param("name", "A day off by decree (test)")
				.param("status", "ANNOUNCED")
				.param("sources", "Decree (test)")).andExpect(status().is3xxRedirection());
		}
		long before = this.dependents.openAppealsSpanning(day);
		this.appeals.fileOnline(AppealFixtures.studentApplication(student.id(), "GM1"), List.of());
		long spanning = this.dependents.openAppealsSpanning(day);
		assertThat(spanning).as("the appeal filed today has the day in its period").isEqualTo(before + 1);

		String page = HtmlUtils.htmlUnescape(mvc
			.perform(get("/admin/calendar/days/" + day + "/remove").param("lang", "en")
				.with(user(this.accounts.loadUserByUsername(admin.username()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		String shown = String.format("%02d.%02d.%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
		assertThat(page).contains("Remove " + shown + " from the calendar?")
			.contains(spanning + " open appeal" + (spanning == 1 ? " has" : "s have"))
			.contains("Registered appeals keep their due dates");
		assertThat(this.calendar.year(day.getYear()).find(day)).as("asking removes nothing").isPresent();

		String list = mvc
			.perform(get("/admin/calendar").param("year", String.valueOf(day.getYear()))
				.with(user(this.accounts.loadUserByUsername(admin.username()))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).as("the list links to the confirmation, it removes nothing in one click")
			.contains("href=\"/admin/calendar/days/" + day + "/remove\"")
			.doesNotContain("action=\"/admin/calendar/days/" + day + "/remove\"");

		mvc.perform(post("/admin/calendar/days/" + day + "/remove")
			.with(user(this.accounts.loadUserByUsername(admin.username())))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(this.calendar.year(day.getYear()).find(day)).isEmpty();
	}

}

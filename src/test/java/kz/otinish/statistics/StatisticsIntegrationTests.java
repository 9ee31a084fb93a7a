package kz.otinish.statistics;

import java.nio.charset.StandardCharsets;
import java.util.List;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.StatusCount;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@OtinishIntegrationTest
class StatisticsIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	@Autowired
	kz.otinish.appeal.AppealLists lists;

	@Test
	@DisplayName("STAT-1: counts per school and status for analysts, no contents; applicants may not see them")
	void analystSeesCountsOnly() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.accounts.ensureAccount("it-analyst", "secret", "Талдаушы", Role.ANALYST, null, null, null);
		this.accounts.ensureAccount("it-student-stat", "secret", "Студент", Role.STUDENT, "GM1", null, null);
		long before = count("PHARM");
		this.appeals.fileOnline(AppealFixtures.studentApplication(null, "PHARM"), List.of());
		assertThat(count("PHARM")).isEqualTo(before + 1);
		String page = mvc.perform(get("/statistics?lang=ru").with(user(this.accounts.loadUserByUsername("it-analyst"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Статистика и анализ").doesNotContain("Емтихан бағасымен келіспеймін");
		mvc.perform(get("/statistics").with(user(this.accounts.loadUserByUsername("it-student-stat"))))
			.andExpect(status().isForbidden());
	}

	long count(String school) {
		return this.lists.statusCounts()
			.stream()
			.filter(c -> school.equals(c.schoolCode()) && c.status() == AppealStatus.REGISTERED)
			.mapToLong(StatusCount::count)
			.sum();
	}

}

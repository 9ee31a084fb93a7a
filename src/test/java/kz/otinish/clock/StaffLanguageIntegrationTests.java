package kz.otinish.clock;

import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.TestSteps;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * E-mail in the recipient's language: staff and officials choose a preferred language on
 * "my settings" (its form, or the language switcher on that page); the routing notice and
 * the deadline watch's reminders reach them in it (GreenMail).
 */
@OtinishIntegrationTest
class StaffLanguageIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	AppealManagement appeals;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	@DisplayName("An executor who chose Russian on \"my settings\" gets the routing notice (REV-1) in Russian; the choice is audited; a bad value shows the error summary")
	void executorPrefersRussian() throws Exception {
		String email = ClockFixtures.uniqueEmail("lang-exec");
		String username = "it-lang-exec-" + email.substring(10, 18);
		CurrentUser executor = this.accounts.ensureAccount(username, "secret", "Орындаушы", Role.BODY_SECRETARY, "GM1",
				email, null);
		assertThat(this.accounts.preferredLanguage(username)).isEqualTo(Language.KK);

		String page = this.mvc.perform(get("/settings").with(user(this.accounts.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Менің баптауларым").contains("value=\"KK\"");

		String refused = this.mvc
			.perform(post("/settings").param("language", "XX")
				.with(user(this.accounts.loadUserByUsername(username)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("ot-error-summary").contains("Тілді таңдаңыз.");
		assertThat(this.accounts.preferredLanguage(username)).isEqualTo(Language.KK);

		this.mvc
			.perform(post("/settings").param("language", "RU")
				.with(user(this.accounts.loadUserByUsername(username)))
				.with(csrf()))
			.andExpect(redirectedUrl("/settings?saved"))
			.andExpect(cookie().value("otinish-lang", "ru"));
		assertThat(this.accounts.preferredLanguage(username)).isEqualTo(Language.RU);
		assertThat(this.audit.of(executor.id())).extracting(AuditEntry::action).containsExactly("CHANGE_LANGUAGE");

		Appeal appeal = this.appeals.fileOnline(
				ClockFixtures.application(null, "GM1", Language.EN, ClockFixtures.uniqueEmail("lang-applicant")),
				List.of());
		this.appeals.performAt(appeal.id(), new AppealCommand.StartTriage(), TestSteps.SYSTEM, Instant.now());
		this.appeals.performAt(appeal.id(), new AppealCommand.Route("EPC GM1", username, "Орындаушы"), TestSteps.SYSTEM,
				Instant.now());
		String number = this.appeals.find(appeal.id()).orElseThrow().registration().orElseThrow().number();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(ClockFixtures.subjects(email))
				.containsExactly("Вам поручено обращение: " + number));

	}

	@Test
	@DisplayName("DL-1: the language switcher on \"my settings\" stores a signed-in official's preference, elsewhere it does not; reminders go out in English to the account and, by address, to an official without an account name on the event")

	void switcherStoresThePreferenceAndRemindersFollowIt() throws Exception {
		String email = ClockFixtures.uniqueEmail("lang-official");
		String username = "it-lang-official-" + email.substring(14, 22);
		this.accounts.ensureAccount(username, "secret", "Лауазымды тұлға", Role.OFFICIAL, null, email, null);
		String plainEmail = ClockFixtures.uniqueEmail("lang-nobody");

		this.mvc.perform(get("/settings").param("lang", "en").with(user(this.accounts.loadUserByUsername(username))))
			.andExpect(status().isOk());
		assertThat(this.accounts.preferredLanguage(username)).isEqualTo(Language.EN);
		this.mvc.perform(get("/appeals").param("lang", "ru").with(user(this.accounts.loadUserByUsername(username))))
			.andExpect(status().isOk());
		assertThat(this.accounts.preferredLanguage(username)).isEqualTo(Language.EN);

		Appeal appeal = this.appeals.fileOnline(
				ClockFixtures.application(null, "GM1", Language.KK, ClockFixtures.uniqueEmail("lang-applicant")),
				List.of());
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(new ReminderDue(appeal.id(),
				"GM1-TEST-1", appeal.subject(), ReminderKind.OVERDUE, 1, LocalDate.of(2026, 4, 3),
				LocalDate.of(2026, 4, 6),
				List.of(new Recipient(null, email, "Official by address"), new Recipient(null, plainEmail, "Nobody")),
				Instant.now())));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(ClockFixtures.subjects(email)).containsExactly("Overdue: GM1-TEST-1"));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(ClockFixtures.subjects(plainEmail)).containsExactly("Мерзімі өтті: GM1-TEST-1"));
	}

}

package kz.otinish.appeal.web;

import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.TestSteps;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import kz.otinish.MutableClock;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealStatus;
import kz.otinish.appeal.RepeatGround;
import kz.otinish.audit.AuditEntry;
import kz.otinish.audit.AuditTrail;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import kz.otinish.notification.Notifications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dean's decisions at intake, from the appeal page: DL-3, INT-4, TERM-6. */
@OtinishIntegrationTest
class TriageIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	@Autowired
	kz.otinish.appeal.AppealLists lists;

	@Autowired
	AuditTrail audit;

	@Autowired
	Notifications notifications;

	@Autowired
	MutableClock clock;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.accounts.ensureAccount("it-dean-gm1", "secret", "Декан GM1", Role.DEAN, "GM1", null, null);
		this.accounts.ensureAccount("it-dean-dent", "secret", "Декан DENT", Role.DEAN, "DENT", null, null);
		this.accounts.ensureAccount("it-rector", "secret", "Ректор", Role.OFFICIAL, null, null, null);
	}

	Appeal registeredAnonymousLetter() {
		Appeal received = this.appeals.receive(AppealFixtures.anonymousLetter("GM1"));
		return this.appeals.performAt(received.id(), new AppealCommand.Register(), TestSteps.registrar("Кеңсе"),
				Instant.now());
	}

	String page(String path, String username) throws Exception {
		return this.mvc.perform(get(path).with(user(this.accounts.loadUserByUsername(username))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	@DisplayName("INT-4, TERM-5: an anonymous report of a threat is forwarded at once to a state body, recorded, and the officials are alerted")
	void anonymousReportIsForwardedAndOfficialsAlerted() throws Exception {
		Appeal appeal = registeredAnonymousLetter();
		assertThat(page("/appeals/" + appeal.id() + "?lang=ru", "it-dean-gm1")).contains("Анонимное обращение")
			.contains("Направить в государственный орган")
			.doesNotContain("Вернуть без рассмотрения");
		this.mvc
			.perform(post("/appeals/" + appeal.id() + "/forward").param("stateBody", "Алматы қаласының ПД")
				.param("sentAt",
						java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Almaty"))
							.withSecond(0)
							.withNano(0)
							.toString())
				.param("outgoingNumber", "01-15/342")
				.param("coveringLetter", "Хабарламаны құзыретіңіз бойынша жолдаймыз.")
				.with(user(this.accounts.loadUserByUsername("it-dean-gm1")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Appeal forwarded = this.appeals.find(appeal.id()).orElseThrow();
		assertThat(forwarded.status()).isEqualTo(AppealStatus.FORWARDED_TO_STATE_BODY);
		assertThat(forwarded.forwarding()).get().satisfies(f -> {
			assertThat(f.stateBody()).isEqualTo("Алматы қаласының ПД");
			assertThat(f.outgoingNumber()).isEqualTo("01-15/342");
		});
		assertThat(this.audit.of(appeal.id())).extracting(AuditEntry::action)
			.containsSubsequence("REGISTER", "START_TRIAGE", "FORWARD_TO_STATE_BODY");
		String number = forwarded.registration().orElseThrow().number();
		// the notification listener runs after the commit, on its own thread
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.notifications.of("it-rector", 50))
				.anySatisfy(n -> assertThat(n.arguments()).contains("t:" + number, "t:01-15/342")));
		assertThat(page("/notifications?lang=en", "it-rector")).contains("was forwarded to a state body");
	}

	@Test
	@DisplayName("INT-4: an anonymous appeal is closed as not subject to consideration, with the reason")
	void anonymousAppealIsNotConsidered() throws Exception {
		Appeal appeal = registeredAnonymousLetter();
		this.mvc
			.perform(post("/appeals/" + appeal.id() + "/not-considered").param("reason", "Авторы белгісіз")
				.with(user(this.accounts.loadUserByUsername("it-dean-gm1")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.appeals.find(appeal.id()).orElseThrow().status()).isEqualTo(AppealStatus.NOT_CONSIDERED);
	}

	@Test
	@DisplayName("DL-3: the dean returns an application without substance with an explanation; an empty explanation is refused and named")
	void deanReturnsWithoutConsideration() throws Exception {
		Appeal appeal = this.appeals.fileOnline(AppealFixtures.studentApplication(null, "GM1"), List.of());
		String page = page("/appeals/" + appeal.id() + "?lang=en", "it-dean-gm1");
		assertThat(page).contains("Return without consideration (no substance stated)").doesNotContain("(DL-3)");
		// a secondary decision, folded below the appeal's text until its form comes back
		assertThat(page).containsPattern("<details id=\"return\" class=\"ot-panel ot-fold\">")
			.containsPattern("(?s)<div class=\"ot-text\">.*<details id=\"return\"");
		String invalid = this.mvc
			.perform(post("/appeals/" + appeal.id() + "/return?lang=en").param("explanation", " ")
				.with(user(this.accounts.loadUserByUsername("it-dean-gm1")))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(invalid).contains("Enter the explanation")
			.containsPattern("<details id=\"return\" class=\"ot-panel ot-fold\"\\s+open");
		this.mvc
			.perform(post("/appeals/" + appeal.id() + "/return").param("explanation", "Мәселенің мәні жазылмаған.")
				.with(user(this.accounts.loadUserByUsername("it-dean-gm1")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.appeals.find(appeal.id()).orElseThrow().status())
			.isEqualTo(AppealStatus.RETURNED_WITHOUT_CONSIDERATION);
	}

	@Test
	@DisplayName("Another school's dean cannot see or decide the appeal (404)")
	void otherDeanGets404() throws Exception {
		Appeal appeal = registeredAnonymousLetter();
		this.mvc
			.perform(post("/appeals/" + appeal.id() + "/not-considered").param("reason", "x")
				.with(user(this.accounts.loadUserByUsername("it-dean-dent")))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.appeals.find(appeal.id()).orElseThrow().status()).isEqualTo(AppealStatus.REGISTERED);
	}

	@Test
	@DisplayName("TERM-6: an earlier appeal of the same applicant on the same matter is suggested, and marking it records the ground and the link")
	void repeatedAppealIsSuggestedAndMarked() throws Exception {
		var owner = this.accounts.ensureAccount("it-repeater", "secret", "Қайталаушы", Role.STUDENT, "GM1", null, null);
		Appeal first = this.appeals.fileOnline(AppealFixtures.studentApplication(owner.id(), "GM1"), List.of());
		// filed one second after the first
		this.clock.advance(Duration.ofSeconds(1));
		Appeal second = this.appeals.fileOnline(AppealFixtures.studentApplication(owner.id(), "GM1"), List.of());
		assertThat(this.lists.possiblyRepeated(second)).extracting(Appeal::id).contains(first.id());
		assertThat(page("/appeals/" + second.id() + "?lang=ru", "it-dean-gm1"))
			.contains("Возможно, повторное обращение")
			.contains(first.registration().orElseThrow().number());
		this.mvc
			.perform(post("/appeals/" + second.id() + "/repeated").param("earlierId", first.id().toString())
				.param("ground", RepeatGround.DECISION_CONTESTED.name())
				.with(user(this.accounts.loadUserByUsername("it-dean-gm1")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Appeal marked = this.appeals.find(second.id()).orElseThrow();
		assertThat(marked.earlierAppealId()).isEqualTo(first.id());
		assertThat(marked.repeatGround()).contains(RepeatGround.DECISION_CONTESTED);
		assertThat(this.audit.of(second.id())).extracting(AuditEntry::action).contains("MARK_REPEATED");
	}

}

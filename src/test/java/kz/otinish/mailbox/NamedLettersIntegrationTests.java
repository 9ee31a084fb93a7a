package kz.otinish.mailbox;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.audit.AuditTrail;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.review.Reviews;
import kz.otinish.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * E-mail letters are people's letters: one from an address Otinish knows is that person's
 * named appeal; the registrar names the sender of any other with a reply address, or
 * links it to a person, and it can be routed. Both were anonymous for ever before.
 */
@OtinishIntegrationTest
class NamedLettersIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	MailIntake intake;

	@Autowired
	MailMessages letters;

	@Autowired
	AppealManagement appeals;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditTrail audit;

	@Autowired
	Reviews reviews;

	MockMvc mvc;

	CurrentUser student;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		new kz.otinish.review.ReviewFixtures(this.appeals, this.accounts, this.reviews);
		this.accounts.ensureAccount("it-named-registrar", "secret", "Тіркеуші Атау", Role.REGISTRAR, null, null, null);
		this.accounts.ensureAccount("it-named-dean", "secret", "Декан Атау", Role.DEAN, "GM1", null, null);
		this.student = this.accounts.ensureAccount("it-named-student", "secret", "Мұқанова Салтанат Нұрланқызы",
				Role.STUDENT, "GM1", "saltanat.named@example.kz", null);
	}

	private Appeal letterFrom(String from) {
		String id = MailboxApiIntegrationTests.messageId();
		byte[] raw = MailboxApiIntegrationTests.letter(id, from, "Жатақхана", "Жатақханада жылу жоқ.", null, null);
		assertThat(this.intake.take(MailboxApiIntegrationTests.account("GM1"), raw, null))
			.isEqualTo(MailIntake.Outcome.STORED);
		MailMessage letter = this.letters.findByMessageKey(MailIntake.keyOf(id, raw)).orElseThrow();
		return this.appeals.find(letter.appealId()).orElseThrow();
	}

	@Test
	@DisplayName("TERM-5, INT-2a: a letter from the address of a known student is that student's named appeal (their name), not an anonymous one")
	void aKnownSendersLetterIsNamed() {
		Appeal appeal = letterFrom("saltanat.named@example.kz");
		assertThat(appeal.anonymous()).isFalse();
		assertThat(appeal.applicantUserId()).isEqualTo(this.student.id());
		assertThat(appeal.applicant().fullName()).isEqualTo("Мұқанова Салтанат Нұрланқызы");
	}

	@Test
	@DisplayName("TERM-5, INT-4, REV-1: the registrar names the sender of an unknown address with a reply address (audited IDENTIFY_APPLICANT, through the appeal's door); the appeal is named and can be routed")
	void theRegistrarNamesTheSender() throws Exception {
		Appeal appeal = letterFrom("\"Белгісіз\" <someone.unknown@example.kz>");
		assertThat(appeal.anonymous()).isTrue();
		MailMessage letter = this.letters.findFirstByAppealId(appeal.id()).orElseThrow();
		CurrentUser registrar = this.accounts.byUsername("it-named-registrar").orElseThrow();
		this.mvc
			.perform(post("/mailbox/" + letter.id() + "/sender")
				.with(user(this.accounts.loadUserByUsername("it-named-registrar")))
				.with(csrf())
				.param("fullName", "Сейітова Әлия Маратқызы")
				.param("replyAddress", "someone.unknown@example.kz"))
			.andExpect(redirectedUrl("/mailbox/" + letter.id() + "/applicant"));
		Appeal named = this.appeals.find(appeal.id()).orElseThrow();
		assertThat(named.anonymous()).isFalse();
		assertThat(named.applicant().fullName()).isEqualTo("Сейітова Әлия Маратқызы");
		assertThat(this.audit.of(appeal.id())).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo("IDENTIFY_APPLICANT");
			assertThat(entry.detail()).isNull();
		});
		assertThatThrownBy(() -> this.appeals.identifyApplicant(appeal.id(), "Тағы", "x@example.kz", registrar))
			.isInstanceOfSatisfying(Refused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("appeal.identify.notAnonymous"));
		this.appeals.register(appeal.id(), registrar);
		CurrentUser dean = this.accounts.byUsername("it-named-dean").orElseThrow();
		this.reviews.route(appeal.id(), "GM1-DOC", "member", dean);
		assertThat(this.appeals.find(appeal.id()).orElseThrow().routedBody()).contains("GM1-DOC");
	}

	@Test
	@DisplayName("TERM-5, INT-2a: a letter the registrar links to a person's account is a named appeal")
	void aLinkedLetterIsNamed() {
		Appeal appeal = letterFrom("<private.box@example.kz>");
		assertThat(appeal.anonymous()).isTrue();
		CurrentUser registrar = this.accounts.byUsername("it-named-registrar").orElseThrow();
		this.appeals.linkApplicant(appeal.id(), this.student, registrar);
		Appeal linked = this.appeals.find(appeal.id()).orElseThrow();
		assertThat(linked.anonymous()).isFalse();
		assertThat(linked.applicant().fullName()).isEqualTo("Мұқанова Салтанат Нұрланқызы");
	}

}

package kz.otinish.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.IdentityDocument;
import kz.otinish.appeal.NewAppeal;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
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

/**
 * INT-6, personal data: the identity document is stored masked but for its last four
 * characters, and even that is shown only to the applicant and the desk
 * ({@code AppealAccessPolicy.seesIdentityNumbers}).
 */
@OtinishIntegrationTest
class IdentityNumbersIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	@Test
	@DisplayName("INT-6, personal data: the desk and the applicant see the masked document; the dean and an official do not, on the page or in the API")
	void onlyTheDeskAndTheApplicantSeeTheDocument() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		CurrentUser student = this.accounts.ensureAccount("it-idnum-student", "secret", "Құжатова Айгүл", Role.STUDENT,
				"GM1", null, null);
		CurrentUser registrar = this.accounts.ensureAccount("it-idnum-registrar", "secret", "Тіркеуші Құжат",
				Role.REGISTRAR, null, null, null);
		this.accounts.ensureAccount("it-idnum-dean", "secret", "Декан Құжат", Role.DEAN, "GM1", null, null);
		this.accounts.ensureAccount("it-idnum-official", "secret", "Проректор Құжат", Role.OFFICIAL, null, null, null);
		NewAppeal template = AppealFixtures.studentApplication(student.id(), "GM1");
		NewAppeal paper = new NewAppeal(template.kind(), Channel.PAPER, template.applicant(), false, false, null,
				List.of(), "GM1", template.addressee(), template.category(), template.subject(), template.text(),
				template.language(), student.id(), registrar.fullName(), null, null);
		Appeal appeal = this.appeals.receiveOnPaper(paper,
				IdentityDocument.shown(IdentityDocument.Type.ID_CARD, "0412 3456 7890"), Instant.now(), List.of(),
				registrar, true);
		assertThat(appeal.identityDocument().orElseThrow().maskedNumber()).isEqualTo("••••••••7890");

		for (String seer : new String[] { "it-idnum-registrar", "it-idnum-student" }) {
			assertThat(body(mvc, seer, "/api/v1/appeals/" + appeal.id())).as(seer).contains("ID_CARD ••••••••7890");
			assertThat(body(mvc, seer, "/appeals/" + appeal.id())).as(seer).contains("••••••••7890");
		}
		for (String other : new String[] { "it-idnum-dean", "it-idnum-official" }) {
			assertThat(body(mvc, other, "/api/v1/appeals/" + appeal.id())).as(other)
				.contains("\"identityDocument\":null")
				.doesNotContain("7890");
			assertThat(body(mvc, other, "/appeals/" + appeal.id())).as(other).doesNotContain("••••••••7890");
			assertThat(body(mvc, other, "/api/v1/appeals?size=200")).as(other).doesNotContain("••••••••7890");
		}
	}

	String body(MockMvc mvc, String username, String path) throws Exception {
		var response = mvc.perform(get(path).with(user(this.accounts.loadUserByUsername(username))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}

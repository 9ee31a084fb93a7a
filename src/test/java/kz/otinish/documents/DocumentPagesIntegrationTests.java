package kz.otinish.documents;

import java.util.List;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Addressee;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealKind;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Applicant;
import kz.otinish.appeal.Category;
import kz.otinish.appeal.Channel;
import kz.otinish.appeal.NewAppeal;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import kz.otinish.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The download links on the appeal page, the receipt page, the desk and the journal page.
 */
@OtinishIntegrationTest
class DocumentPagesIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	@Autowired
	Documents documents;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.accounts.ensureAccount("it-doc-page-student", "secret", "Айгүл Серікқызы", Role.STUDENT, "GM1", null,
				null);
		this.accounts.ensureAccount("it-doc-page-other", "secret", "Дина Маратқызы", Role.STUDENT, "GM1", null, null);
		this.accounts.ensureAccount("it-doc-page-registrar", "secret", "Кеңсе қызметкері", Role.REGISTRAR, null, null,
				null);
	}

	Appeal appeal() {
		var owner = this.accounts.byUsername("it-doc-page-student").orElseThrow();
		Applicant applicant = Applicant.staff("Айгүл Серікқызы", "Фармация кафедрасы, аға оқытушы", "Алматы, Абай 1",
				"+7 700 000 00 01", "aigul@example.kz");
		return this.appeals.fileOnline(
				new NewAppeal(AppealKind.PROPOSAL, Channel.PORTAL, applicant, false, false, null, List.of(), "GM1",
						Addressee.DEAN, Category.OTHER, "Кітапхана жұмыс уақыты",
						"Кітапхананы кешке дейін ашуды ұсынамын.", Language.RU, owner.id(), null, null, null),
				List.of());
	}

	@Test
	@DisplayName("TERM-7: the appeal page and the receipt page link the receipt PDF; after the download the page lists it, the staff's with its SHA-256")
	void appealAndReceiptPages() throws Exception {
		Appeal appeal = appeal();
		var student = user(this.accounts.loadUserByUsername("it-doc-page-student"));
		String receipt = "/appeals/" + appeal.id() + "/documents/receipt.pdf";
		String page = this.mvc.perform(get("/appeals/" + appeal.id()).with(student))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(receipt).contains("/appeals/" + appeal.id() + "/appendix.pdf");
		assertThat(this.mvc.perform(get("/appeals/" + appeal.id() + "/receipt").with(student))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(receipt);
		byte[] pdf = this.mvc.perform(get(receipt).with(student))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("X-Content-SHA256", org.hamcrest.Matchers.hasLength(64)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		PdfChecks.assertReadable(pdf, "Талон о регистрации обращения", appeal.registration().orElseThrow().number());
		// applicants see the stored receipt without its checksum (plain words for
		// applicants); the staff see the SHA-256
		assertThat(this.mvc.perform(get("/appeals/" + appeal.id()).with(student))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("/documents/stored/").doesNotContain(Documents.sha256(pdf));
		assertThat(this.mvc
			.perform(get("/appeals/" + appeal.id())
				.with(user(this.accounts.loadUserByUsername("it-doc-page-registrar"))))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(Documents.sha256(pdf));
		this.mvc.perform(get(receipt).with(user(this.accounts.loadUserByUsername("it-doc-page-other"))))
			.andExpect(status().isNotFound());
		byte[] appendix = this.mvc.perform(get("/appeals/" + appeal.id() + "/appendix.pdf?lang=en").with(student))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		PdfChecks.assertReadable(appendix, "Application of a teaching staff member", "Фармация кафедрасы, аға оқытушы");
	}

	@Test
	@DisplayName("INT-6, TERM-7: the desk offers the blank forms and the journal page the journal PDF")
	void deskAndJournal() throws Exception {
		var registrar = user(this.accounts.loadUserByUsername("it-doc-page-registrar"));
		assertThat(this.mvc.perform(get("/desk").with(registrar)).andReturn().getResponse().getContentAsString())
			.contains("/documents/blank/appendix-1.pdf", "/documents/blank/appendix-2.pdf");
		byte[] blank = this.mvc.perform(get("/documents/blank/appendix-2.pdf?lang=ru").with(registrar))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		PdfChecks.assertReadable(blank, "Заявление работника из числа профессорско-преподавательского состава");
		Appeal appeal = appeal();
		String journal = appeal.registration().orElseThrow().journalCode();
		String page = this.mvc.perform(get("/journal?journal=" + journal).with(registrar))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/journal.pdf?journal=" + journal);
		String link = page.replaceAll("(?s).*href=\"(/journal\\.pdf[^\"]*)\".*", "$1").replace("&amp;", "&");
		byte[] pdf = this.mvc.perform(get(link).with(registrar))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		PdfChecks.assertReadable(pdf, "Кіріс құжаттарын тіркеу журналы", appeal.registration().orElseThrow().number());
	}

	@Test
	@DisplayName("TERM-7: registering at the desk leads to the appeal page with the receipt download as the main action; the receipt is issued at registration")
	void receiptAfterRegisteringAtTheDesk() throws Exception {
		var registrar = user(this.accounts.loadUserByUsername("it-doc-page-registrar"));
		Appeal received = this.appeals.receive(kz.otinish.appeal.AppealFixtures.studentApplication(null, "GM1"));
		String target = this.mvc.perform(post("/appeals/" + received.id() + "/register").with(registrar).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(target).isEqualTo("/appeals/" + received.id() + "?registered");
		String page = this.mvc.perform(get(target).with(registrar))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String receipt = "/appeals/" + received.id() + "/documents/receipt.pdf";
		String mainAction = "(?s).*<a class=\"btn btn-primary ot-button\" role=\"button\"\\s+href=\"" + receipt
				+ "\">.*";
		assertThat(page).matches(mainAction);
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> this.documents.issuedFor(received)
				.stream()
				.anyMatch(document -> document.kind() == DocumentKind.RECEIPT));
		byte[] pdf = this.mvc.perform(get(receipt).with(registrar))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(this.documents.issuedFor(received)).singleElement()
			.satisfies(document -> assertThat(document.sha256()).isEqualTo(Documents.sha256(pdf)));
		// without ?registered the page keeps the receipt among the other documents only
		assertThat(this.mvc.perform(get("/appeals/" + received.id()).with(registrar))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotMatch(mainAction).contains(receipt);
	}

}

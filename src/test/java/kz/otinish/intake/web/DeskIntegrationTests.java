package kz.otinish.intake.web;

import java.nio.charset.StandardCharsets;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.AppealFilter;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Channel;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The registrar's desk for written applications (INT-6), with the receipt. */
@OtinishIntegrationTest
class DeskIntegrationTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AppealManagement appeals;

	@Autowired
	kz.otinish.appeal.AppealLists lists;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.accounts.ensureAccount("it-registrar", "secret", "Кеңсе қызметкері", Role.REGISTRAR, null, null, null);
		this.accounts.ensureAccount("it-student-desk", "secret", "Студент", Role.STUDENT, "GM1", null, null);
	}

	MockMultipartHttpServletRequestBuilder paper(String documentNumber) {
		return paper(documentNumber, "Алматы, Сәтбаев к-сі 5", "+7 705 111 22 33");
	}

	MockMultipartHttpServletRequestBuilder paper(String documentNumber, String address, String phone) {
		MockMultipartHttpServletRequestBuilder request = multipart("/desk/paper");
		request.file(new MockMultipartFile("files", "скан.pdf", "application/pdf", PDF));
		request.param("receivedOn", "2026-11-20")
			.param("receivedTime", "10:15")
			.param("documentType", "ID_CARD")
			.param("documentNumber", documentNumber)
			.param("applicantType", "STUDENT")
			.param("fullName", "Дәулет Маратұлы Есімов")
			.param("levelOfStudy", "RESIDENCY")
			.param("speciality", "Педиатрия")
			.param("yearOfStudy", "1")
			.param("studyLanguage", "KAZAKH")
			.param("funding", "STATE_ORDER")
			.param("studyForm", "FULL_TIME")
			.param("address", address)
			.param("phone", phone)
			.param("email", "daulet@example.kz")
			.param("kind", "APPLICATION")
			.param("addressee", "DEAN")
			.param("schoolCode", "PED")
			.param("category", "HOUSING")
			.param("subject", "Жатақханадан орын беру")
			.param("text", "Жатақханадан орын беруіңізді сұраймын.")
			.param("language", "KK");
		return request;
	}

	@Test
	@DisplayName("INT-6, INT-1: a written application is registered at the desk with the document masked and the scan attached, and a receipt is printed")
	void paperApplicationIsRegisteredWithAReceipt() throws Exception {
		var result = this.mvc
			.perform(paper("0412 3456 789").with(user(this.accounts.loadUserByUsername("it-registrar"))).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String receiptUrl = result.getResponse().getRedirectedUrl();
		assertThat(receiptUrl).matches("/appeals/[0-9a-f-]{36}/receipt");
		String receipt = this.mvc
			.perform(get(receiptUrl + "?lang=ru").with(user(this.accounts.loadUserByUsername("it-registrar"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(receipt).contains("Талон о приёме обращения")
			.containsPattern("PED-\\d{4}-\\d+")
			.contains("20.11.2026 10:15")
			.contains("Удостоверение личности •••••••6789")
			.doesNotContain("0412")
			.contains("Кеңсе қызметкері")
			.contains("/track?number=PED-");
		var registrar = this.accounts.byUsername("it-registrar").orElseThrow();
		var paper = this.lists
			.list(new AppealFilter(null, null, "PED", Channel.PAPER),
					PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, "receivedAt")), registrar)
			.getContent()
			.get(0);
		assertThat(paper.receivedBy()).isEqualTo("Кеңсе қызметкері");
		assertThat(this.appeals.attachments(paper)).singleElement()
			.satisfies(file -> assertThat(file.fileName()).isEqualTo("скан.pdf"));
	}

	@Test
	@DisplayName("INT-6: a missing document number is named in the reader's language and everything typed is kept")
	void invalidPaperFormKeepsWhatWasTyped() throws Exception {
		String page = this.mvc.perform(
				paper("").param("lang", "en").with(user(this.accounts.loadUserByUsername("it-registrar"))).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("There is a problem")
			.contains("Enter the document number")
			.contains("value=\"Дәулет Маратұлы Есімов\"")
			.contains("Жатақханадан орын беруіңізді сұраймын.");
	}

	@Test
	@DisplayName("INT-6: the desk's errors speak to the registrar about the applicant, the portal's to the applicant")
	void deskErrorsAddressTheRegistrar() throws Exception {
		for (String[] expected : new String[][] {
				{ "en", "Enter the applicant's home address", "Enter the applicant's phone number" },
				{ "ru", "Напишите домашний адрес заявителя", "Напишите номер телефона заявителя" },
				{ "kk", "Өтініш берушінің үй мекенжайын жазыңыз", "Өтініш берушінің телефон нөмірін жазыңыз" } }) {
			String page = org.springframework.web.util.HtmlUtils.htmlUnescape(this.mvc
				.perform(paper("0412 3456 789", "", "").param("lang", expected[0])
					.with(user(this.accounts.loadUserByUsername("it-registrar")))
					.with(csrf()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
			assertThat(page).as(expected[0]).contains(expected[1]).contains(expected[2]);
			assertThat(page).doesNotContain("Enter your home address").doesNotContain("Напишите ваш домашний адрес");
		}
	}

	@Test
	@DisplayName("Only the records office and dean's offices use the desk")
	void applicantsCannotUseTheDesk() throws Exception {
		this.mvc.perform(get("/desk/paper").with(user(this.accounts.loadUserByUsername("it-student-desk"))))
			.andExpect(status().isForbidden());
	}

}

package kz.otinish.system;

import java.nio.charset.StandardCharsets;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Paging beyond the end is an empty page, bad paging parameters a 400 naming the
 * parameter (problem+json in the API); never a 500, in the API or on a page.
 */
@OtinishIntegrationTest
class PagingIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.accounts.ensureAccount("it-paging-registrar", "secret", "Тіркеуші Беттер", Role.REGISTRAR, null, null,
				null);
		this.accounts.ensureAccount("it-paging-student", "secret", "Студент Беттер", Role.STUDENT, "GM1", null, null);
	}

	MockHttpServletResponse call(String user, String path) throws Exception {
		return this.mvc
			.perform(get(path).header("Accept-Language", "ru").with(user(this.accounts.loadUserByUsername(user))))
			.andReturn()
			.getResponse();
	}

	static void assertProblemNaming(MockHttpServletResponse response, String parameter) throws Exception {
		assertThat(response.getStatus()).as(parameter).isEqualTo(400);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"" + parameter + "\"")
			.contains("\"detail\":\"");
	}

	@Test
	@DisplayName("API: a page beyond the end is empty (200); a negative, non-numeric or overflowing page and a size out of range are 400 naming the parameter")
	void apiPaging() throws Exception {
		MockHttpServletResponse beyond = call("it-paging-registrar", "/api/v1/appeals?page=100000&size=200");
		assertThat(beyond.getStatus()).isEqualTo(200);
		assertThat(beyond.getContentAsString(StandardCharsets.UTF_8)).contains("\"items\":[]");
		MockHttpServletResponse far = call("it-paging-registrar", "/api/v1/appeals?page=2147483647&size=200");
		assertThat(far.getStatus()).isIn(200, 400);
		if (far.getStatus() == 400) {
			assertProblemNaming(far, "page");
		}
		assertProblemNaming(call("it-paging-registrar", "/api/v1/appeals?page=-1"), "page");
		assertProblemNaming(call("it-paging-registrar", "/api/v1/appeals?page=abc"), "page");
		assertProblemNaming(call("it-paging-registrar", "/api/v1/appeals?page=99999999999"), "page");
		assertProblemNaming(call("it-paging-registrar", "/api/v1/appeals?size=0"), "size");
		assertProblemNaming(call("it-paging-registrar", "/api/v1/appeals?size=100000"), "size");
		assertProblemNaming(call("it-paging-registrar", "/api/v1/appeals?status=NOPE"), "status");

		assertThat(call("it-paging-registrar", "/api/v1/journal?page=100000").getStatus()).isEqualTo(200);
		assertProblemNaming(call("it-paging-registrar", "/api/v1/journal?page=-3"), "page");
		assertProblemNaming(call("it-paging-registrar", "/api/v1/journal?page=x"), "page");
		assertProblemNaming(call("it-paging-registrar", "/api/v1/journal?size=100000"), "size");
	}

	@Test
	@DisplayName("Pages: paging beyond the end, negative or nonsense pages never answer 500")
	void pagePaging() throws Exception {
		for (String query : new String[] { "page=100000", "page=-4", "page=2147483647", "page=abc",
				"page=99999999999" }) {
			assertThat(call("it-paging-registrar", "/appeals?" + query).getStatus()).as("/appeals?" + query)
				.isIn(200, 400);
			assertThat(call("it-paging-student", "/appeals/mine?" + query).getStatus()).as("/appeals/mine?" + query)
				.isIn(200, 400);
			assertThat(call("it-paging-registrar", "/mailbox?" + query).getStatus()).as("/mailbox?" + query)
				.isIn(200, 400);
			assertThat(call("it-paging-registrar", "/journal?" + query).getStatus()).as("/journal?" + query)
				.isIn(200, 400);
		}
	}

}

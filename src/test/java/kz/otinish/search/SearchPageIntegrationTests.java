package kz.otinish.search;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealFilter;
import kz.otinish.appeal.AppealFixtures;
import kz.otinish.appeal.AppealCommand;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.AppealSearch;
import kz.otinish.appeal.NewAppeal;
import kz.otinish.appeal.TestSteps;
import kz.otinish.identity.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Search on the page and in the API, on H2 and (with {@code -Ppostgres}) PostgreSQL: the
 * header's box, the marked words escaped, the filters kept in the URL, and bad input as
 * problem+json.
 */
@OtinishIntegrationTest
class SearchPageIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	AppealManagement appeals;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AppealSearch search;

	@Autowired
	Clock clock;

	MockMvc mvc;

	String tag;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.tag = "zq" + SearchIntegrationTests.randomLetters(8);
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String username) {
		return request.with(user(this.accounts.loadUserByUsername(username)));
	}

	record Reply(int status, String contentType, String body) {
	}

	Reply call(MockHttpServletRequestBuilder request, String username) throws Exception {
		var response = this.mvc.perform(as(request.param("lang", "ru"), username).header("Accept-Language", "ru"))
			.andReturn()
			.getResponse();
		return new Reply(response.getStatus(), String.valueOf(response.getContentType()),
				response.getContentAsString(StandardCharsets.UTF_8));
	}

	Appeal file(String subject, String text) {
		NewAppeal base = AppealFixtures.studentApplication(null, "GM1");
		NewAppeal appeal = new NewAppeal(base.kind(), base.channel(), base.applicant(), false, false, null, List.of(),
				"GM1", base.addressee(), base.category(), subject, text + " " + this.tag, base.language(), null, null,
				null, null);
		Appeal filed = this.appeals.fileOnline(appeal, List.of());
		Indexed.await(this.jdbc, filed.id());
		return filed;
	}

	@Test
	@DisplayName("A word found in more appeals than are ranked: the page says how many were ranked and how to narrow the search, and the pager stops where the ranked ones end")
	void moreThanRanked() throws Exception {
		int ranked = this.search.ranked();
		for (int i = 0; i <= ranked; i++) {
			file("Емтихан кестесі " + i, "Кесте");
		}
		Reply first = call(get("/appeals").param("q", this.tag + " кесте"), "registrar");
		assertThat(first.body()).contains("найдено больше " + ranked)
			.contains("добавьте слово или выберите фильтр")
			.doesNotContain("найдено: ");
		var counted = (Page<?>) this.search.find(AppealFilter.none(), this.tag + " кесте",
				PageRequest.of(1, ranked / 2 + 1), this.accounts.byUsername("registrar").orElseThrow());
		assertThat(counted.getTotalElements()).isEqualTo(ranked + 1);
		assertThat(counted.getContent()).hasSize(ranked - (ranked / 2 + 1));
		assertThat(counted.hasNext()).isFalse();
	}

	@Test
	@DisplayName("The list marks the words found and escapes everything else; the count and the words stay on the page")
	void markedAndEscaped() throws Exception {
		Appeal appeal = file("<script>alert(1)</script> Жылу жоқ", "Бөлмеде <b>суық</b>");
		Reply page = call(get("/appeals").param("q", this.tag + " жылу суык"), "registrar");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("/appeals/" + appeal.id())
			.contains("<mark>Жылу</mark>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)")
			.contains("<mark>суық</mark>")
			.contains("&lt;b&gt;")
			.contains("найдено: 1")
			.contains("value=\"" + this.tag + " жылу суык\"");
	}

	@Test
	@DisplayName("The filters and the words are kept together: a status that excludes the appeal finds nothing")
	void filtersKept() throws Exception {
		file("Кітапхана жұмыс уақыты", "Кітапхана ерте жабылады");
		assertThat(
				call(get("/appeals").param("q", this.tag + " кітапхана").param("status", "CLOSED"), "registrar").body())
			.contains("ничего не найдено")
			.contains("<option value=\"CLOSED\" selected=\"selected\"");
		assertThat(call(get("/appeals").param("q", this.tag + " кітапхана").param("status", "REGISTERED"), "registrar")
			.body()).contains("найдено: 1");
	}

	@Test
	@DisplayName("The list is filtered by body and by executor, both offered as choices and kept in the pager's and exports' links; the API takes the same (REV-1)")
	void bodyAndExecutor() throws Exception {
		Appeal toMember = file("Стипендия кешікті", "Стипендия");
		Appeal toSecretary = file("Стипендия азайды", "Стипендия");
		route(toMember, "GM1-QAC", "member", "Егорова Анна Павловна");
		route(toSecretary, "GM1-EPC", "secretary", "Әлімжанов Әділет Бауыржанұлы");
		Reply byExecutor = call(get("/appeals").param("q", this.tag).param("executor", "member"), "dean");
		assertThat(byExecutor.body()).contains("/appeals/" + toMember.id())
			.doesNotContain("/appeals/" + toSecretary.id())
			.contains("<option value=\"member\" selected=\"selected\">Егорова Анна Павловна</option>")
			.contains("executor=member");
		Reply byBody = call(get("/appeals").param("q", this.tag).param("body", "GM1-EPC"), "dean");
		assertThat(byBody.body()).contains("/appeals/" + toSecretary.id())
			.doesNotContain("/appeals/" + toMember.id())
			.contains("<option value=\"GM1-EPC\" selected=\"selected\">");
		assertThat(call(get("/api/v1/appeals").param("q", this.tag).param("executor", "secretary"), "dean").body())
			.contains(toSecretary.id().toString())
			.doesNotContain(toMember.id().toString());
	}

	void route(Appeal appeal, String body, String executor, String name) {
		this.appeals.performAt(appeal.id(), new AppealCommand.StartTriage(), TestSteps.SYSTEM, this.clock.instant());
		this.appeals.performAt(appeal.id(), new AppealCommand.Route(body, executor, name), TestSteps.SYSTEM,
				this.clock.instant());
	}

	@Test
	@DisplayName("The header carries the search box for the staff, not for applicants")
	void headerBox() throws Exception {
		assertThat(call(get("/appeals"), "registrar").body()).contains("role=\"search\"").contains("id=\"header-q\"");
		assertThat(call(get("/appeals/mine"), "student").body()).doesNotContain("id=\"header-q\"");
	}

	@Test
	@DisplayName("The API takes the same q; an applicant finds nothing of others; q too long is problem+json naming the field")
	void api() throws Exception {
		Appeal appeal = file("Спорт залы", "Спорт залы жабық");
		Reply found = call(get("/api/v1/appeals").param("q", this.tag + " спорт"), "registrar");
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.body()).contains(appeal.id().toString())
			.contains("\"hasNext\":false")
			.containsOnlyOnce("\"registrationNumber\"");
		assertThat(call(get("/api/v1/appeals").param("q", this.tag + " спорт"), "student").body())
			.contains("\"items\":[]");
		Reply tooLong = call(get("/api/v1/appeals").param("q", "а".repeat(201)), "registrar");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.contentType()).startsWith("application/problem+json");
		assertThat(tooLong.body()).contains("\"field\":\"q\"");
	}

}

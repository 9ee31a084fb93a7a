package kz.otinish.people;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.audit.AuditEntry;
import kz.otinish.audit.AuditTrail;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.organization.BodyMemberships;
import kz.otinish.organization.MemberRole;
import kz.otinish.organization.MemberView;
import kz.otinish.organization.Organization;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The user pages and their API: search with paging, a person's role and school, the
 * scopes the organization gives them (dean of GM1 and a seat on the Ethics Council),
 * deactivation, reactivation and a one-time password that must be changed at the next
 * sign-in; every change audited; only administrators get in.
 */
@OtinishIntegrationTest
class UserAdministrationIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditTrail audit;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Organization organization;

	@Autowired
	BodyMemberships memberships;

	@Autowired
	JdbcClient jdbc;

	MockMvc mvc() {
		return MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	UserDetails signedIn(String username) {
		return this.accounts.loadUserByUsername(username);
	}

	String page(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	CurrentUser person(String username) {
		return this.accounts.ensureAccount(username, "a long initial phrase", "Әкімшілік Тестов " + username,
				Role.STAFF, "GM1", username + "@example.kz", null);
	}

	@Test
	@DisplayName("Administrators find accounts by name, page through them and open one; nobody else gets in (page or API)")
	void searchAndAccess() throws Exception {
		person("it-users-search");
		String list = page(mvc()
			.perform(get("/admin/users").param("q", "it-users-sea").param("lang", "en").with(user(signedIn("admin"))))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(list).contains("Әкімшілік Тестов it-users-search").contains("Found: 1");
		String all = page(
				mvc().perform(get("/admin/users").param("page", "0").param("lang", "ru").with(user(signedIn("admin"))))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(all).contains("Страница 1 из");
		assertThat(page(mvc().perform(get("/admin/users").param("q", "%").with(user(signedIn("admin")))).andReturn()))
			.contains("Ешкім табылмады.");
		MvcResult api = mvc()
			.perform(get("/api/v1/admin/users").param("q", "it-users-search").with(user(signedIn("admin"))))
			.andExpect(status().isOk())
			.andReturn();
		assertThat((Integer) JsonPath.read(page(api), "$.total")).isEqualTo(1);
		assertThat(page(api)).doesNotContain("password\":").doesNotContain("{bcrypt}");
		mvc().perform(get("/admin/users").with(user(signedIn("dean")))).andExpect(status().isForbidden());
		mvc().perform(get("/api/v1/admin/users").with(user(signedIn("registrar")))).andExpect(status().isForbidden());
		mvc()
			.perform(post("/api/v1/admin/users/" + UUID.randomUUID() + "/deactivation").header("Accept-Language", "en")
				.with(user(signedIn("admin"))))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	@DisplayName("REV-5: the dean of GM1 given a seat on the Ethics Council by choosing her account: her page shows both scopes, the API too")
	void scopesFromTheOrganization() throws Exception {
		CurrentUser dean = this.accounts.byUsername("dean").orElseThrow();
		List<MemberView> original = this.organization.membersOf("ETHICS");
		try {
			StringBuilder form = new StringBuilder();
			for (int i = 0; i < original.size(); i++) {
				MemberView member = original.get(i);
				form.append(row(i, member.role().name(), member.fullName(), member.positions().kk(),
						member.positions().ru(), member.positions().en(),
						member.account() == null ? "" : member.account()));
			}
			form.append(row(original.size(), "MEMBER", "Оспанова Шолпан Қайратқызы", "Декан", "Декан", "Dean", "dean"));
			mvc()
				.perform(post("/admin/organization/bodies/ETHICS").contentType("application/x-www-form-urlencoded")
					.content(form.toString())
					.with(csrf())
					.with(user(signedIn("admin"))))
				.andExpect(redirectedUrl("/admin/organization?saved=ETHICS"));
			assertThat(this.memberships.membershipsOf(dean.id()))
				.extracting(seat -> seat.body().code(), BodyMemberships.Membership::role)
				.contains(org.assertj.core.groups.Tuple.tuple("GM1-DOC", MemberRole.CHAIR),
						org.assertj.core.groups.Tuple.tuple("ETHICS", MemberRole.MEMBER));
			assertThat(this.jdbc
				.sql("select account_id from body_member m join body b on b.id = m.body_id "
						+ "where b.code = 'ETHICS' and m.account = 'dean'")
				.query(UUID.class)
				.single()).isEqualTo(dean.id());
			String page = page(
					mvc().perform(get("/admin/users/" + dean.id()).param("lang", "en").with(user(signedIn("admin"))))
						.andExpect(status().isOk())
						.andReturn());
			assertThat(page).contains("University Ethics Council")
				.contains("Office Council — School of General Medicine 1");
			MvcResult api = mvc().perform(get("/api/v1/admin/users/" + dean.id()).with(user(signedIn("admin"))))
				.andExpect(status().isOk())
				.andReturn();
			assertThat((List<String>) JsonPath.read(page(api), "$.positions[*].code")).contains("DEAN-GM1");
			assertThat((List<String>) JsonPath.read(page(api), "$.bodies[*].body")).contains("GM1-DOC", "ETHICS");

			// an account that does not exist is refused on the form
			String refused = page(mvc()
				.perform(post("/admin/organization/bodies/ETHICS").param("lang", "en")
					.contentType("application/x-www-form-urlencoded")
					.content(row(0, "CHAIR", "Someone", "Профессор", "Профессор", "Professor", "nobody-such"))
					.with(csrf())
					.with(user(signedIn("admin"))))
				.andExpect(status().isOk())
				.andReturn());
			assertThat(refused).contains("There is no such account");
			String options = page(mvc()
				.perform(get("/admin/organization/accounts").param("row", "3")
					.param("members[3].account", "Оспанова")
					.with(user(signedIn("admin"))))
				.andExpect(status().isOk())
				.andReturn());
			assertThat(options).contains("member-3-accounts").contains("value=\"dean\"");
			String form2 = page(mvc().perform(get("/admin/organization/bodies/ETHICS").with(user(signedIn("admin"))))
				.andExpect(status().isOk())
				.andReturn());
			assertThat(form2).contains("list=\"member-0-accounts\"")
				.contains("hx-get=\"/admin/organization/accounts\"");
		}
		finally {
			this.jdbc
				.sql("delete from body_member where body_id = (select id from body where code = 'ETHICS') "
						+ "and account = 'dean'")
				.update();
		}
	}

	private static String row(int index, String role, String name, String kk, String ru, String en, String account) {
		String prefix = "members%5B" + index + "%5D.";
		return prefix + "role=" + role + "&" + prefix + "fullName=" + enc(name) + "&" + prefix + "positionKk=" + enc(kk)
				+ "&" + prefix + "positionRu=" + enc(ru) + "&" + prefix + "positionEn=" + enc(en) + "&" + prefix
				+ "email=&" + prefix + "account=" + enc(account) + "&";
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Test
	@DisplayName("A person deactivated while signed in is signed out at their next request: the page sends them to sign-in saying why, the session is gone")
	void deactivationEndsTheOpenSession() throws Exception {
		CurrentUser person = person("it-users-leaver");
		MockHttpSession session = (MockHttpSession) mvc()
			.perform(formLogin("/sign-in").user("it-users-leaver").password("a long initial phrase"))
			.andExpect(redirectedUrl("/home"))
			.andReturn()
			.getRequest()
			.getSession();
		mvc().perform(get("/appeals/mine").session(session)).andExpect(status().isOk());

		mvc().perform(post("/admin/users/" + person.id() + "/deactivation").with(csrf()).with(user(signedIn("admin"))))
			.andExpect(redirectedUrl("/admin/users/" + person.id()));

		mvc().perform(get("/appeals/mine").session(session)).andExpect(redirectedUrl("/sign-in?deactivated"));
		assertThat(session.isInvalid()).isTrue();
		assertThat(page(mvc().perform(get("/sign-in").param("deactivated", "").param("lang", "en")).andReturn()))
			.contains("Your account was deactivated, so you were signed out.");
	}

	@Test
	@DisplayName("Role and school given, deactivated and reactivated, password reset to a one-time password shown once and changed at the next sign-in; every change audited; an administrator cannot lock themselves out")
	void roleDeactivationAndReset() throws Exception {
		CurrentUser person = person("it-users-manage");
		String base = "/admin/users/" + person.id();
		MockHttpSession session = new MockHttpSession();
		mvc()
			.perform(post(base + "/role").param("role", "DEAN")
				.param("school", "")
				.param("lang", "en")
				.session(session)
				.with(csrf())
				.with(user(signedIn("admin"))))
			.andExpect(redirectedUrl(base));
		assertThat(page(mvc().perform(get(base).param("lang", "en").session(session).with(user(signedIn("admin"))))
			.andReturn())).contains("Choose a school for a dean");
		mvc()
			.perform(post(base + "/role").param("role", "DEANS_OFFICE")
				.param("school", "GM2")
				.with(csrf())
				.with(user(signedIn("admin"))))
			.andExpect(redirectedUrl(base));
		assertThat(this.accounts.byId(person.id())).get().satisfies(found -> {
			assertThat(found.role()).isEqualTo(Role.DEANS_OFFICE);
			assertThat(found.schoolCode()).isEqualTo("GM2");
		});

		mvc().perform(post(base + "/deactivation").with(csrf()).with(user(signedIn("admin"))))
			.andExpect(redirectedUrl(base));
		assertThat(signedIn("it-users-manage").isEnabled()).isFalse();
		mvc().perform(post(base + "/reactivation").with(csrf()).with(user(signedIn("admin"))))
			.andExpect(redirectedUrl(base));
		assertThat(signedIn("it-users-manage").isEnabled()).isTrue();

		MockHttpSession admin = new MockHttpSession();
		mvc().perform(post(base + "/password-reset").session(admin).with(csrf()).with(user(signedIn("admin"))))
			.andExpect(redirectedUrl(base));
		String shown = page(
				mvc().perform(get(base).param("lang", "en").session(admin).with(user(signedIn("admin")))).andReturn());
		String oneTime = shown.replaceAll("(?s).*id=\"one-time-password\">([^<]+)</strong>.*", "$1");
		assertThat(oneTime).hasSize(16);
		assertThat(this.encoder.matches(oneTime, signedIn("it-users-manage").getPassword())).isTrue();
		assertThat(page(mvc().perform(get(base).session(admin).with(user(signedIn("admin")))).andReturn()))
			.doesNotContain(oneTime);

		// the person signs in with it and is sent to change it, from every page, until
		// they do
		mvc().perform(get("/desk").with(user(signedIn("it-users-manage"))))
			.andExpect(redirectedUrl("/settings/password?required"));
		mvc().perform(get("/api/v1/admin/users").with(user(signedIn("it-users-manage"))))
			.andExpect(status().isForbidden());
		mvc()
			.perform(post("/settings/password").param("current", oneTime)
				.param("next", "менің жаңа құпия сөйлемім")
				.param("confirmation", "менің жаңа құпия сөйлемім")
				.with(csrf())
				.with(user(signedIn("it-users-manage"))))
			.andExpect(redirectedUrl("/settings?passwordChanged"));
		mvc().perform(get("/desk").with(user(signedIn("it-users-manage")))).andExpect(status().isOk());

		assertThat(this.audit.of(person.id())).extracting(AuditEntry::action)
			.containsSubsequence("ACCOUNT_ROLE_CHANGED", "ACCOUNT_DEACTIVATED", "ACCOUNT_REACTIVATED",
					"ACCOUNT_PASSWORD_RESET", "CHANGE_PASSWORD");
		assertThat(this.audit.of(person.id())).filteredOn(entry -> entry.action().equals("ACCOUNT_ROLE_CHANGED"))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.statusBefore()).isEqualTo("STAFF GM1");
				assertThat(entry.statusAfter()).isEqualTo("DEANS_OFFICE GM2");
				assertThat(entry.actorRole()).isEqualTo("ADMIN");
			});
		assertThat(this.audit.of(person.id()))
			.allSatisfy(entry -> assertThat(String.valueOf(entry.detail()) + entry.statusAfter() + entry.statusBefore())
				.doesNotContain(oneTime));

		// the API: a one-time password answered once, and no locking oneself out
		MvcResult reset = mvc()
			.perform(post("/api/v1/admin/users/" + person.id() + "/password-reset").with(user(signedIn("admin"))))
			.andExpect(status().isOk())
			.andReturn();
		assertThat((String) JsonPath.read(page(reset), "$.oneTimePassword")).hasSize(16);
		CurrentUser self = this.accounts.byUsername("admin").orElseThrow();
		mvc()
			.perform(post("/api/v1/admin/users/" + self.id() + "/deactivation").header("Accept-Language", "ru")
				.with(user(signedIn("admin"))))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("Нельзя менять роль собственной учётной записи или отключать её.")));
		mvc()
			.perform(put("/api/v1/admin/users/" + person.id() + "/role").contentType("application/json")
				.content("{\"role\":\"STUDENT\",\"schoolCode\":\"NOPE\"}")
				.header("Accept-Language", "en")
				.with(user(signedIn("admin"))))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The school \\\"NOPE\\\" is not")));
		assertThat(signedIn("admin").isEnabled()).isTrue();
		assertThat(Locale.ROOT).isNotNull();
	}

}

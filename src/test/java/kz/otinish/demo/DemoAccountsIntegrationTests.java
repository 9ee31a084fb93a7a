package kz.otinish.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import kz.otinish.OtinishIntegrationTest;
import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import kz.otinish.organization.Organization;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo accounts exist after start-up, one per role, and each can sign in with the
 * password demo. In tests only this step of the demo runs (through
 * {@link AccountFixtures}); {@link DemoDataIntegrationTests} runs all of them.
 */
@OtinishIntegrationTest
class DemoAccountsIntegrationTests {

	static final List<String> PER_ROLE = List.of("student", "staff", "representative", "registrar", "deansoffice",
			"dean", "secretary", "member", "moderator", "vicerector", "rector", "analyst", "admin");

	@Autowired
	DemoAccounts demoAccounts;

	@Autowired
	Accounts accounts;

	@Autowired
	Organization organization;

	@LocalServerPort
	int port;

	@Test
	@DisplayName("One demo account per role, school-scoped where the role has a school")
	void everyRoleHasADemoAccount() {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String username : PER_ROLE) {
			CurrentUser user = this.accounts.byUsername(username).orElseThrow(() -> new AssertionError(username));
			roles.add(user.role());
		}
		assertThat(roles).containsExactlyInAnyOrder(Role.values());
		assertThat(this.accounts.byUsername("student").orElseThrow().schoolCode()).isEqualTo("GM1");
		assertThat(this.accounts.byUsername("registrar").orElseThrow().schoolCode()).isNull();
		assertThat(this.accounts.byUsername("vicerector").orElseThrow().role()).isEqualTo(Role.OFFICIAL);
	}

	@Test
	@DisplayName("REV-1: the demo dean, secretary and member are the people the organization lists")
	void officialsAndMembersMatchTheOrganization() {
		assertThat(this.accounts.byUsername("dean").orElseThrow().fullName())
			.isEqualTo(this.organization.dean("GM1").orElseThrow().fullName());
		assertThat(this.accounts.byUsername("rector").orElseThrow().fullName())
			.isEqualTo(this.organization.rector().orElseThrow().fullName());
		assertThat(this.accounts.byUsername("dean-md").orElseThrow().schoolCode()).isEqualTo("MD");
		assertThat(this.organization.bodiesOfAccount("secretary")).isNotEmpty();
	}

	@Test
	@DisplayName("Seeding again adds nothing")
	void seedingTwiceAddsNothing() {
		int before = this.accounts.all().size();
		this.demoAccounts.seed();
		assertThat(this.accounts.all()).hasSize(before);
	}

	@Test
	@DisplayName("Every demo account authenticates: HTTP Basic on /api/v1/organization/schools answers 200")
	void everyDemoAccountCanSignIn() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		List<DemoAccounts.DemoAccount> all = this.demoAccounts.all();
		assertThat(all).extracting(DemoAccounts.DemoAccount::username).containsAll(PER_ROLE);
		for (DemoAccounts.DemoAccount account : all) {
			assertThat(status(http, account.username(), DemoAccounts.PASSWORD)).as(account.username()).isEqualTo(200);
		}
		assertThat(status(http, "student", "wrong")).isEqualTo(401);
	}

	private int status(HttpClient http, String username, String password) throws Exception {
		String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/organization/schools"))
				.header("Authorization", "Basic " + basic)
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}

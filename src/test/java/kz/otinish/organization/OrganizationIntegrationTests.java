package kz.otinish.organization;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.otinish.OtinishIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organization as loaded from the bundled file at start-up, read through the façade,
 * the API and the admin page.
 */
@OtinishIntegrationTest
class OrganizationIntegrationTests {

	static final List<String> SCHOOLS = List.of("GM1", "GM2", "DENT", "PH", "PHARM", "PED", "KKT", "IR", "MD");

	@Autowired
	Organization organization;

	@Autowired
	OrganizationLoader loader;

	@Autowired
	OrganizationAdministration administration;

	@LocalServerPort
	int port;

	@Test
	@DisplayName("\"The university in the seed\", REV-1..REV-4: nine schools, each with a dean's office council, a QAC and an EPC")
	void seedLoadsTheSchoolsWithTheirBodies() {
		assertThat(this.organization.schools()).extracting(SchoolView::code).containsAll(SCHOOLS);
		for (String code : SCHOOLS) {
			List<BodyView> bodies = this.organization.bodiesOf(code);
			assertThat(bodies).extracting(BodyView::type)
				.containsExactlyInAnyOrder(BodyType.DEANS_OFFICE_COUNCIL, BodyType.QAC, BodyType.EPC);
			for (BodyView body : bodies) {
				assertThat(body.schoolCode()).isEqualTo(code);
				assertThat(this.organization.body(body.id())).contains(body);
				assertThat(this.organization.body(body.code())).contains(body);
				assertThat(this.organization.membersOf(body)).extracting(MemberView::role)
					.startsWith(MemberRole.CHAIR, MemberRole.SECRETARY)
					.contains(MemberRole.MEMBER);
			}
			assertThat(this.organization.body(code, BodyType.QAC)).get()
				.extracting(BodyView::type)
				.isEqualTo(BodyType.QAC);
		}
		assertThat(this.organization.school("GM1")).get()
			.satisfies(gm1 -> assertThat(gm1.name(Locale.forLanguageTag("kk"))).isEqualTo("Жалпы медицина 1 мектебі"));
		assertThat(this.organization.school("NOPE")).isEmpty();
	}

	@Test
	@DisplayName("REV-5: the university's Ethics Council, with a chair and members")
	void ethicsCouncil() {
		BodyView ethics = this.organization.ethicsCouncil();
		assertThat(ethics.type()).isEqualTo(BodyType.ETHICS_COUNCIL);
		assertThat(ethics.schoolCode()).isNull();
		assertThat(ethics.name(Locale.forLanguageTag("ru"))).isEqualTo("Совет по этике университета");
		assertThat(this.organization.membersOf(ethics)).hasSizeGreaterThanOrEqualTo(3)
			.first()
			.extracting(MemberView::role)
			.isEqualTo(MemberRole.CHAIR);
	}

	@Test
	@DisplayName("REV-6: the units an extended commission draws its mandatory members from")
	void extendedCommissionUnits() {
		for (UnitKind kind : List.of(UnitKind.YOUTH_POLICY, UnitKind.STUDENT_DEANS_OFFICE, UnitKind.TRADE_UNION,
				UnitKind.LEGAL)) {
			assertThat(this.organization.unit(kind)).get().satisfies(unit -> {
				assertThat(unit.contactFullName()).isNotBlank();
				assertThat(unit.contactPositions()).isNotNull();
			});
		}
	}

	@Test
	@DisplayName("REV-1, DL-4: every school's dean, and the chain dean -> vice-rector -> rector")
	void officialsChain() {
		for (String code : SCHOOLS) {
			assertThat(this.organization.escalationChain(code)).extracting(OfficialView::position)
				.containsExactly(OfficialPosition.DEAN, OfficialPosition.VICE_RECTOR, OfficialPosition.RECTOR);
		}
		OfficialView dean = this.organization.dean("GM1").orElseThrow();
		OfficialView viceRector = this.organization.higherOfficial(dean).orElseThrow();
		assertThat(viceRector.position()).isEqualTo(OfficialPosition.VICE_RECTOR);
		assertThat(this.organization.higherOfficial(OfficialPosition.DEAN)).contains(viceRector);
		assertThat(this.organization.higherOfficial(OfficialPosition.VICE_RECTOR))
			.isEqualTo(this.organization.rector());
		assertThat(this.organization.higherOfficial(OfficialPosition.RECTOR)).isEmpty();
		assertThat(this.organization.officialOfAccount("dean")).contains(dean);
		assertThat(this.organization.bodiesOfAccount("secretary")).extracting(BodyView::schoolCode).containsOnly("GM1");
	}

	@Test
	@DisplayName("Loading the file again changes nothing (idempotent upsert by code)")
	void loadingTwiceChangesNothing() {
		List<SchoolView> schools = this.organization.schools();
		List<BodyView> bodies = this.organization.bodies();
		List<MemberView> members = bodies.stream().flatMap(b -> this.organization.membersOf(b).stream()).toList();
		List<OfficialView> officials = this.organization.officials();
		List<UnitView> units = this.organization.units();

		OrganizationLoader.Changes changes = this.loader.load();

		assertThat(changes.none()).as("changes: %s", changes).isTrue();
		assertThat(this.organization.schools()).isEqualTo(schools);
		assertThat(this.organization.bodies()).isEqualTo(bodies);
		assertThat(bodies.stream().flatMap(b -> this.organization.membersOf(b).stream()).toList()).isEqualTo(members);
		assertThat(this.organization.officials()).isEqualTo(officials);
		assertThat(this.organization.units()).isEqualTo(units);
	}

	@Test
	@DisplayName("An admin's edit survives a reload of an unchanged file")
	void adminEditSurvivesReload() {
		String original = this.organization.school("MD").orElseThrow().email();
		try {
			this.administration.changeSchoolEmail("MD", "md-office@university.example");
			this.loader.load();
			assertThat(this.organization.school("MD").orElseThrow().email()).isEqualTo("md-office@university.example");
		}
		finally {
			this.administration.changeSchoolEmail("MD", original);
		}
	}

	@Test
	@DisplayName("GET /api/v1/organization/schools gives names in the language of Accept-Language")
	void schoolsApiIsLocalized() throws Exception {
		assertThat(api("ru").body()).contains("\"code\":\"GM1\"").contains("Школа общей медицины 1");
		assertThat(api("en").body()).contains("School of General Medicine 1").contains("GM1-QAC");
		assertThat(api(null).body()).contains("Жалпы медицина 1 мектебі");
	}

	@Test
	void schoolsApiIsDescribedInOpenApi() throws Exception {
		HttpResponse<String> docs = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(docs.body()).contains("/api/v1/organization/schools").contains("Schools and faculties");
	}

	@Test
	void schoolsApiNeedsSignIn() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/api/v1/organization/schools")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	@DisplayName("/admin/organization shows schools, bodies, members, officials and units to an admin only")
	void adminPage() throws Exception {
		SignedIn admin = signIn("admin");
		HttpResponse<String> page = admin.get("/admin/organization?lang=ru");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Школа общей медицины 1")
			.contains("Совет по этике университета")
			.contains("Управление молодёжной политики")
			.contains(this.organization.rector().orElseThrow().fullName());
		assertThat(signIn("student").get("/admin/organization").statusCode()).isEqualTo(403);
	}

	@Test
	@DisplayName("An admin changes a school's e-mail; an invalid address is refused with a message")
	void adminChangesSchoolEmail() throws Exception {
		SignedIn admin = signIn("admin");
		String original = this.organization.school("PED").orElseThrow().email();
		HttpResponse<String> form = admin.get("/admin/organization/schools/PED");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains(original);
		try {
			HttpResponse<String> invalid = admin.post("/admin/organization/schools/PED", form.body(),
					"email=not-an-address");
			assertThat(invalid.statusCode()).isEqualTo(200);
			assertThat(invalid.body()).contains("name@example.kz");
			HttpResponse<String> saved = admin.post("/admin/organization/schools/PED", form.body(),
					"email=ped-office%40university.example");
			assertThat(saved.statusCode()).isEqualTo(302);
			assertThat(this.organization.school("PED").orElseThrow().email())
				.isEqualTo("ped-office@university.example");
			assertThat(admin.get("/admin/organization/schools/NOPE").statusCode()).isEqualTo(404);
		}
		finally {
			this.administration.changeSchoolEmail("PED", original);
		}
	}

	@Test
	@DisplayName("REV-1..REV-4: an admin changes a body's members; a body without exactly one chair is refused")
	void adminChangesBodyMembers() throws Exception {
		SignedIn admin = signIn("admin");
		List<MemberView> original = this.organization.membersOf("PHARM-EPC");
		HttpResponse<String> form = admin.get("/admin/organization/bodies/PHARM-EPC?lang=en");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains(original.get(0).fullName())
			.contains("for=\"member-0-fullName\"")
			.contains("id=\"member-0-fullName\"");
		try {
			String chair = row(0, "CHAIR", "Test Chair Person", "Профессор", "Профессор", "Professor");
			String member = row(1, "MEMBER", "Test Member Person", "Аға оқытушы", "Старший преподаватель",
					"Senior Lecturer");
			String secondChair = row(1, "CHAIR", "Test Member Person", "Аға оқытушы", "Старший преподаватель",
					"Senior Lecturer");
			HttpResponse<String> twoChairs = admin.post("/admin/organization/bodies/PHARM-EPC?lang=en", form.body(),
					chair + "&" + secondChair);
			assertThat(twoChairs.statusCode()).isEqualTo(200);
			assertThat(twoChairs.body()).contains("The body must have exactly one chair.");
			assertThat(twoChairs.body()).doesNotContain("Correct the fields marked below.");
			HttpResponse<String> noPosition = admin.post("/admin/organization/bodies/PHARM-EPC?lang=en", form.body(),
					chair + "&" + row(1, "MEMBER", "Test Member Person", "", "", ""));
			assertThat(noPosition.statusCode()).isEqualTo(200);
			assertThat(noPosition.body()).contains("Enter the position in all three languages.")
				.contains("Correct the fields marked below.")
				.contains("aria-invalid=\"true\"");
			HttpResponse<String> saved = admin.post("/admin/organization/bodies/PHARM-EPC", form.body(),
					chair + "&" + member + "&" + row(2, "", "", "", "", ""));
			assertThat(saved.statusCode()).isEqualTo(302);
			assertThat(this.organization.membersOf("PHARM-EPC")).extracting(MemberView::fullName)
				.containsExactly("Test Chair Person", "Test Member Person");
			assertThat(this.organization.membersOf("PHARM-EPC").get(1).position(Locale.forLanguageTag("ru")))
				.isEqualTo("Старший преподаватель");
		}
		finally {
			this.administration.replaceMembers("PHARM-EPC",
					original.stream()
						.map(m -> new OrganizationLoader.ResolvedMember(m.role(), m.fullName(), m.positions(),
								m.email(), m.account()))
						.toList());
		}
	}

	private static String row(int index, String role, String name, String kk, String ru, String en) {
		String prefix = "members%5B" + index + "%5D.";
		return prefix + "role=" + role + "&" + prefix + "fullName=" + enc(name) + "&" + prefix + "positionKk=" + enc(kk)
				+ "&" + prefix + "positionRu=" + enc(ru) + "&" + prefix + "positionEn=" + enc(en) + "&" + prefix
				+ "email=&" + prefix + "account=";
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> api(String language) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/organization/schools"))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("student:demo".getBytes(StandardCharsets.UTF_8)));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private SignedIn signIn(String username) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String page = client.send(HttpRequest.newBuilder(uri("/sign-in")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo&_csrf=" + csrf(page)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location")).get().asString().doesNotContain("error");
		return new SignedIn(client);
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
		return matcher.group(1);
	}

	private final class SignedIn {

		private final HttpClient client;

		SignedIn(HttpClient client) {
			this.client = client;
		}

		HttpResponse<String> get(String path) throws Exception {
			return this.client.send(HttpRequest.newBuilder(uri(path)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		HttpResponse<String> post(String path, String pageWithForm, String body) throws Exception {
			return this.client.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + csrf(pageWithForm)))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

	}

}

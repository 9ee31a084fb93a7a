package kz.otinish.people;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import kz.otinish.OtinishIntegrationTest;
import kz.otinish.identity.Accounts;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registrar's and HR's files: a 5,000-row CSV with 20 faulty rows of every kind
 * imports the rest and lists the 20 by line in Kazakh, Russian and English; importing it
 * again changes nothing; a later file updates the changed rows and deactivates the
 * leavers; an XLSX with Kazakh headers imports too; the admin page previews before it
 * imports.
 */
@OtinishIntegrationTest
class PeopleImportIntegrationTests {

	static final int ROWS = 5000;

	static final String PREFIX = "IT-PPL-";

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeImportedPeople() {
		this.jdbc.sql("delete from user_account where external_id like :prefix or external_id = '77123451'")
			.param("prefix", PREFIX + "%")
			.update();
	}

	MockMvc mvc() {
		return MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	/**
	 * A registrar's export with Russian headers; the faulty rows by line, each with a
	 * reason.
	 */
	static final class StudentsFile {

		final List<String> lines = new ArrayList<>();

		final Map<Integer, String> faulty = new LinkedHashMap<>();

		StudentsFile(String tag) {
			this.lines
				.add("ФИО;Школа;Уровень обучения;Специальность;Курс;Электронная почта;Телефон;Внешний идентификатор");
			for (int i = 1; i <= ROWS; i++) {
				int line = i + 1;
				String id = PREFIX + "S" + i;
				String name = "Импортов Студент " + tag + " " + i;
				String school = i % 2 == 0 ? "GM1" : "Жалпы медицина 1 мектебі";
				String level = i % 3 == 0 ? "Резидентура" : "бакалавриат";
				String year = Integer.toString(1 + i % 5);
				String email = "s" + i + "@students.example.kz";
				String phone = "+7 701 " + (1000000 + i);
				switch (i % 250 == 7 ? i / 250 : -1) {
					case 0, 1, 2 -> faulty(line, "name", () -> "");
					case 3, 4, 5 -> email = faulty(line, "email", () -> "not-an-email-" + line);
					case 6, 7, 8 -> school = faulty(line, "school", () -> "NOWHERE");
					case 9, 10, 11 -> id = faulty(line, "duplicate", () -> PREFIX + "S1");
					case 12, 13, 14 -> year = faulty(line, "year", () -> "9");
					case 15, 16 -> level = faulty(line, "level", () -> "аспирантура");
					case 17, 18 -> id = faulty(line, "id", () -> "");
					case 19 -> phone = faulty(line, "phone", () -> "call me");
					default -> {
					}
				}
				if ("name".equals(this.faulty.get(line))) {
					name = "";
				}
				this.lines.add(String.join(";", name, school, level, "Жалпы медицина", year, email, phone, id));
			}
		}

		private String faulty(int line, String kind, java.util.function.Supplier<String> value) {
			this.faulty.put(line, kind);
			return value.get();
		}

		byte[] bytes() {
			return (String.join("\r\n", this.lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
		}

	}

	MvcResult importCsv(byte[] csv, boolean dryRun, boolean full, String language) throws Exception {
		return mvc()
			.perform(multipart("/api/v1/admin/people/imports")
				.file(new MockMultipartFile("file", "students.csv", "text/csv", csv))
				.param("kind", "STUDENTS")
				.param("dryRun", Boolean.toString(dryRun))
				.param("full", Boolean.toString(full))
				.header("Accept-Language", language)
				.with(user(this.accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andReturn();
	}

	static <T> T read(MvcResult result, String path) throws Exception {
		return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path);
	}

	int imported() {
		return this.jdbc.sql("select count(*) from user_account where external_id like :prefix")
			.param("prefix", PREFIX + "%")
			.query(Integer.class)
			.single();
	}

	int accountAuditEntries() {
		return this.jdbc.sql("select count(*) from audit_entry where action like 'ACCOUNT_%'")
			.query(Integer.class)
			.single();
	}

	@Test
	@DisplayName("A 5,000-row CSV with 20 faulty rows: the dry run changes nothing, the import takes the rest and lists the 20 by line in kk, ru and en; re-import changes nothing; a later file updates the changed and deactivates the leavers")
	void importsFiveThousandStudents() throws Exception {
		StudentsFile file = new StudentsFile("A");
		assertThat(file.faulty).hasSize(20);
		assertThat(file.faulty.values()).contains("name", "email", "school", "duplicate", "year", "level", "id",
				"phone");

		MvcResult preview = importCsv(file.bytes(), true, true, "ru");
		assertThat(imported()).isZero();
		assertThat((Integer) read(preview, "$.created")).isEqualTo(ROWS - 20);
		assertThat((List<Integer>) read(preview, "$.errors[*].line")).containsExactlyElementsOf(file.faulty.keySet());

		int auditBefore = accountAuditEntries();
		Instant start = Instant.now();
		MvcResult result = importCsv(file.bytes(), false, true, "kk");
		Duration took = Duration.between(start, Instant.now());
		System.out.println("people import of " + ROWS + " rows took " + took);
		assertThat(took).isLessThan(Duration.ofSeconds(30));
		assertThat((Integer) read(result, "$.rows")).isEqualTo(ROWS);
		assertThat((Integer) read(result, "$.created")).isEqualTo(ROWS - 20);
		assertThat(imported()).isEqualTo(ROWS - 20);
		assertThat(accountAuditEntries() - auditBefore).isEqualTo(ROWS - 20);
		List<Integer> lines = read(result, "$.errors[*].line");
		assertThat(lines).containsExactlyElementsOf(file.faulty.keySet());
		int duplicateLine = lineOf(file, "duplicate");
		int schoolLine = lineOf(file, "school");
		int yearLine = lineOf(file, "year");
		assertThat(messageOn(result, duplicateLine))
			.isEqualTo("IT-PPL-S1 сыртқы идентификаторы 2-жолда бұрын кездескен.");
		assertThat(messageOn(result, lineOf(file, "name"))).isEqualTo("Аты-жөні көрсетілмеген.");

		MvcResult russian = importCsv(file.bytes(), true, true, "ru");
		assertThat(messageOn(russian, schoolLine))
			.isEqualTo("Школы или подразделения «NOWHERE» нет в данных организации.");
		assertThat(messageOn(russian, yearLine)).isEqualTo("«9» — неверный курс: нужно число от 1 до 7.");
		MvcResult english = importCsv(file.bytes(), true, true, "en");
		assertThat(messageOn(english, lineOf(file, "email"))).startsWith("\"not-an-email-")
			.endsWith("\" is not a valid e-mail address.");
		assertThat(messageOn(english, lineOf(file, "level"))).startsWith("Unknown level of study \"аспирантура\"");
		assertThat(messageOn(english, lineOf(file, "id"))).isEqualTo("The external id is missing.");
		assertThat(messageOn(english, lineOf(file, "phone"))).isEqualTo("\"call me\" is not a valid phone number.");
		assertThat(messageOn(english, duplicateLine))
			.isEqualTo("The external id IT-PPL-S1 already appeared on line 2.");

		// re-import: nobody created, updated, deactivated; no audit entry
		int auditAfterImport = accountAuditEntries();
		MvcResult again = importCsv(file.bytes(), false, true, "en");
		assertThat((Integer) read(again, "$.created")).isZero();
		assertThat((Integer) read(again, "$.updated")).isZero();
		assertThat((Integer) read(again, "$.deactivated")).isZero();
		assertThat((Integer) read(again, "$.unchanged")).isEqualTo(ROWS - 20);
		assertThat(accountAuditEntries()).isEqualTo(auditAfterImport);
		assertThat(imported()).isEqualTo(ROWS - 20);

		// the next term's file: ten people changed, five have left
		List<String> next = new ArrayList<>(file.lines);
		for (int i = 100; i < 110; i++) {
			next.set(i, next.get(i).replace("Импортов Студент A", "Өзгерген Студент A"));
		}
		List<String> leavers = List.of(PREFIX + "S500", PREFIX + "S501", PREFIX + "S502", PREFIX + "S503",
				PREFIX + "S504");
		next.removeIf(line -> leavers.stream().anyMatch(id -> line.endsWith(";" + id)));
		MvcResult changed = importCsv((String.join("\n", next) + "\n").getBytes(StandardCharsets.UTF_8), false, true,
				"en");
		assertThat((Integer) read(changed, "$.updated")).isEqualTo(10);
		assertThat((Integer) read(changed, "$.deactivated")).isEqualTo(5);
		assertThat((Integer) read(changed, "$.created")).isZero();
		assertThat(this.accounts.byUsername("s100@students.example.kz")).get()
			.satisfies(person -> assertThat(person.fullName()).isEqualTo("Өзгерген Студент A 100"));
		assertThat(enabled(PREFIX + "S500")).isFalse();
		assertThat(enabled(PREFIX + "S499")).isTrue();

		// a leaver who comes back is reactivated
		MvcResult back = importCsv(file.bytes(), false, false, "en");
		assertThat((Integer) read(back, "$.reactivated")).isEqualTo(5);
		assertThat(enabled(PREFIX + "S500")).isTrue();
	}

	boolean enabled(String externalId) {
		return this.jdbc.sql("select enabled from user_account where external_id = :id")
			.param("id", externalId)
			.query(Boolean.class)
			.single();
	}

	static int lineOf(StudentsFile file, String kind) {
		return file.faulty.entrySet()
			.stream()
			.filter(entry -> entry.getValue().equals(kind))
			.findFirst()
			.orElseThrow()
			.getKey();
	}

	static String messageOn(MvcResult result, int line) throws Exception {
		List<String> messages = read(result, "$.errors[?(@.line == " + line + ")].message");
		assertThat(messages).hasSize(1);
		return messages.get(0);
	}

	@Test
	@DisplayName("HR's XLSX with Kazakh headers: staff imported with their positions, a row without a position listed by its spreadsheet row")
	void importsStaffFromXlsx() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Қызметкерлер");
			String[][] rows = {
					{ "Толық аты-жөні", "Мектеп/бөлімше", "Лауазымы", "Электрондық пошта", "Телефон",
							"Сыртқы идентификатор" },
					{ "Ахметова Әлия Серікқызы", "GM1", "Доцент", "a.akhmetova@example.kz", "+7 701 555 0101", "" },
					{ "Серіков Ерлан", "School of General Medicine 1", "Профессор", "", "", PREFIX + "H2" },
					{ "Бекова Дана", "GM2", "", "d.bekova@example.kz", "", PREFIX + "H3" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			sheet.getRow(1).getCell(5).setCellValue(77123451);
			workbook.write(out);
		}
		MvcResult result = mvc().perform(multipart("/api/v1/admin/people/imports")
			.file(new MockMultipartFile("file", "staff.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray()))
			.param("kind", "STAFF")
			.param("dryRun", "false")
			.header("Accept-Language", "kk")
			.with(user(this.accounts.loadUserByUsername("admin")))).andExpect(status().isOk()).andReturn();
		assertThat((Integer) read(result, "$.created")).isEqualTo(2);
		assertThat((List<Integer>) read(result, "$.errors[*].line")).containsExactly(4);
		assertThat((String) read(result, "$.errors[0].message")).isEqualTo("Лауазымы көрсетілмеген.");
		assertThat(this.jdbc.sql("select job_title from user_account where external_id = '77123451'")
			.query(String.class)
			.single()).isEqualTo("Доцент");
		assertThat(this.jdbc.sql("select school_code from user_account where external_id = :id")
			.param("id", PREFIX + "H2")
			.query(String.class)
			.single()).isEqualTo("GM1");
	}

	@Test
	@DisplayName("A file that lacks a required column, or an XLSX that expands beyond the limit, is refused whole with a localized problem+json; the page previews, lists the faulty rows and imports only on confirmation")
	void refusesBadFilesAndPreviewsOnThePage() throws Exception {
		mvc()
			.perform(multipart("/api/v1/admin/people/imports")
				.file(new MockMultipartFile("file", "students.csv", "text/csv",
						"Full name,E-mail\nA B,a@b.kz\n".getBytes(StandardCharsets.UTF_8)))
				.param("kind", "STUDENTS")
				.header("Accept-Language", "en")
				.with(user(this.accounts.loadUserByUsername("admin"))))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("The file lacks required columns: External id, School/unit, Level of study, Year.")));

		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bomb)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i <= 100; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		mvc()
			.perform(multipart("/api/v1/admin/people/imports")
				.file(new MockMultipartFile("file", "staff.xlsx", "application/octet-stream", bomb.toByteArray()))
				.param("kind", "STAFF")
				.header("Accept-Language", "ru")
				.with(user(this.accounts.loadUserByUsername("admin"))))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("Таблица при распаковке становится слишком большой: это не список людей.")));

		String csv = "Full name,School,Level,Year,E-mail,External id\n"
				+ "Page Person One,GM1,bachelor,1,p1@example.kz," + PREFIX + "P1\n"
				+ "Page Person Two,GM1,bachelor,one,p2@example.kz," + PREFIX + "P2\n";
		MockHttpSession session = new MockHttpSession();
		String page = mvc()
			.perform(multipart("/admin/people/import")
				.file(new MockMultipartFile("file", "students.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.param("kind", "STUDENTS")
				.param("lang", "ru")
				.session(session)
				.with(csrf())
				.with(user(this.accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Предварительный просмотр: пока ничего не изменено")
			.contains("«one» — неверный курс: нужно число от 1 до 7.")
			.contains("Page Person One");
		assertThat(imported()).isZero();
		String token = page.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
		mvc()
			.perform(post("/admin/people/import/confirm").param("token", token)
				.session(session)
				.with(csrf())
				.with(user(this.accounts.loadUserByUsername("admin"))))
			.andExpect(redirectedUrl("/admin/people/import"));
		assertThat(imported()).isEqualTo(1);
		mvc().perform(get("/admin/people/import").with(user(this.accounts.loadUserByUsername("student"))))
			.andExpect(status().isForbidden());
	}

}

package kz.otinish.organization;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Reading and checking the organization file, without Spring or a database. */
class OrganizationFileTests {

	static final OrganizationFile bundled = OrganizationFile.read(new ClassPathResource(OrganizationLoader.BUNDLED));

	@TempDir
	Path folder;

	@Test
	@DisplayName("\"The university in the seed\": the nine schools of the procedure, with names in kk, ru, en and an e-mail each")
	void bundledFileListsTheSchoolsOfTheProcedure() {
		assertThat(bundled.schools()).extracting(OrganizationFile.SchoolEntry::code)
			.containsExactly("GM1", "GM2", "DENT", "PH", "PHARM", "PED", "KKT", "IR", "MD");
		OrganizationFile.SchoolEntry gm1 = bundled.schools().get(0);
		assertThat(gm1.name().in(Locale.forLanguageTag("kk"))).isEqualTo("Жалпы медицина 1 мектебі");
		assertThat(gm1.name().in(Locale.forLanguageTag("ru"))).isEqualTo("Школа общей медицины 1");
		assertThat(gm1.name().in(Locale.ENGLISH)).isEqualTo("School of General Medicine 1");
		assertThat(bundled.schools()).allSatisfy(school -> assertThat(school.email()).contains("@"));
		assertThat(bundled.university().email()).startsWith("info@");
	}

	@Test
	@DisplayName("REV-1..REV-4: every school has a dean's office council, a QAC and an EPC with a chair and a secretary")
	void everySchoolHasItsThreeBodies() {
		for (OrganizationFile.SchoolEntry school : bundled.schools()) {
			assertThat(school.bodies()).extracting(OrganizationFile.BodyEntry::type)
				.containsExactlyInAnyOrder(BodyType.DEANS_OFFICE_COUNCIL, BodyType.QAC, BodyType.EPC);
			assertThat(school.bodies())
				.allSatisfy(body -> assertThat(body.members()).extracting(OrganizationFile.MemberEntry::role)
					.containsOnlyOnce(MemberRole.CHAIR, MemberRole.SECRETARY)
					.contains(MemberRole.MEMBER));
		}
	}

	@Test
	@DisplayName("REV-5, REV-6: the Ethics Council and the units an extended commission needs")
	void ethicsCouncilAndUnits() {
		assertThat(bundled.bodies()).singleElement()
			.satisfies(body -> assertThat(body.type()).isEqualTo(BodyType.ETHICS_COUNCIL));
		assertThat(bundled.units()).extracting(OrganizationFile.UnitEntry::kind)
			.contains(UnitKind.YOUTH_POLICY, UnitKind.STUDENT_DEANS_OFFICE, UnitKind.TRADE_UNION, UnitKind.LEGAL,
					UnitKind.RECORDS_OFFICE);
	}

	@Test
	@DisplayName("REV-1, DL-4: a dean per school, and the chain dean -> vice-rector -> rector")
	void escalationChain() {
		Map<String, OrganizationFile.OfficialEntry> byCode = bundled.officials()
			.stream()
			.collect(Collectors.toMap(OrganizationFile.OfficialEntry::code, Function.identity()));
		for (OrganizationFile.SchoolEntry school : bundled.schools()) {
			OrganizationFile.OfficialEntry dean = bundled.officials()
				.stream()
				.filter(o -> o.position() == OfficialPosition.DEAN && school.code().equals(o.school()))
				.findFirst()
				.orElseThrow();
			OrganizationFile.OfficialEntry viceRector = byCode.get(dean.reportsTo());
			assertThat(viceRector.position()).isEqualTo(OfficialPosition.VICE_RECTOR);
			OrganizationFile.OfficialEntry rector = byCode.get(viceRector.reportsTo());
			assertThat(rector.position()).isEqualTo(OfficialPosition.RECTOR);
			assertThat(rector.reportsTo()).isNull();
		}
	}

	@Test
	void positionCodesResolveToTexts() {
		assertThat(bundled.position("dean").ru()).isEqualTo("Декан");
		assertThatIllegalStateException().isThrownBy(() -> bundled.position("astronaut"));
	}

	@Test
	void aFileOnDiskIsReadLikeTheBundledOne() throws IOException {
		OrganizationFile file = OrganizationFile.read(new FileSystemResource(write(bundledText())));
		assertThat(file).isEqualTo(bundled);
	}

	@Test
	void otinishOrganizationFileReplacesTheBundledFile() throws IOException {
		Path file = write(bundledText());
		assertThat(new OrganizationLoader(null, new OrganizationSettings(file.toString())).source())
			.isInstanceOf(FileSystemResource.class)
			.extracting(resource -> resource.getFilename())
			.isEqualTo(file.getFileName().toString());
		assertThat(new OrganizationLoader(null, new OrganizationSettings(null)).source())
			.isInstanceOf(ClassPathResource.class);
	}

	@Test
	void duplicateSchoolCodesAreRefused() throws IOException {
		String text = bundledText().replace("- code: GM2\n", "- code: GM1\n");
		assertRefused(text, "duplicate school code 'GM1'");
	}

	@Test
	void aSchoolWithoutItsQacIsRefused() throws IOException {
		String text = bundledText().replace("type: QAC", "type: EPC");
		assertRefused(text, "school GM1 needs exactly one");
	}

	@Test
	void aBodyWithTwoChairsIsRefused() throws IOException {
		String text = bundledText().replaceFirst("role: SECRETARY", "role: CHAIR");
		assertRefused(text, "needs exactly one chair");
	}

	@Test
	void anEscalationLoopIsRefused() throws IOException {
		String text = bundledText().replace("code: RECTOR, position: RECTOR,",
				"code: RECTOR, position: RECTOR, reports-to: VICE-RECTOR,");
		assertRefused(text, "exactly one top official");
	}

	@Test
	void anUnknownSuperiorIsRefused() throws IOException {
		String text = bundledText().replace("account: dean-md, reports-to: VICE-RECTOR",
				"account: dean-md, reports-to: POPE");
		assertRefused(text, "reports to unknown official POPE");
	}

	@Test
	void aMissingDeanIsRefused() throws IOException {
		List<String> lines = bundledText().lines().filter(line -> !line.contains("code: DEAN-KKT")).toList();
		assertRefused(String.join("\n", lines), "school KKT needs exactly one dean");
	}

	@Test
	void fingerprintsChangeWithTheContent() {
		assertThat(OrganizationFile.fingerprint("GM1", "a@b")).isEqualTo(OrganizationFile.fingerprint("GM1", "a@b"))
			.isNotEqualTo(OrganizationFile.fingerprint("GM1", "a@c"))
			.hasSize(64);
	}

	private void assertRefused(String text, String message) throws IOException {
		Path file = write(text);
		assertThatIllegalStateException().isThrownBy(() -> OrganizationFile.read(new FileSystemResource(file)))
			.withMessageContaining(message);
	}

	private Path write(String text) throws IOException {
		Path file = Files.createTempFile(this.folder, "university", ".yml");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private static String bundledText() throws IOException {
		return new ClassPathResource(OrganizationLoader.BUNDLED).getContentAsString(StandardCharsets.UTF_8);
	}

}

package kz.otinish.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import kz.otinish.appeal.ApplicantType;
import kz.otinish.appeal.Category;
import kz.otinish.organization.BodyType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.PropertiesPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The body triage suggests with the shipped settings (application.properties). */
class BodySuggestionTests {

	static ReviewSettings shipped;

	@BeforeAll
	static void readShippedSettings() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = BodySuggestionTests.class.getResourceAsStream("/application.properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		shipped = new Binder(ConfigurationPropertySources.from(new PropertiesPropertySource("shipped", properties)))
			.bind("otinish.review", ReviewSettings.class)
			.get();
	}

	@Test
	@DisplayName("REV-2: the educational and upbringing process, housing and living conditions go to the dean's office council")
	void deansOfficeCouncil() {
		for (ApplicantType type : ApplicantType.values()) {
			assertThat(shipped.suggest(Category.EDUCATIONAL_PROCESS, type)).isEqualTo(BodyType.DEANS_OFFICE_COUNCIL);
			assertThat(shipped.suggest(Category.HOUSING, type)).isEqualTo(BodyType.DEANS_OFFICE_COUNCIL);
		}
	}

	@Test
	@DisplayName("REV-3: programme content, syllabi and assessment go to the EPC")
	void epc() {
		for (ApplicantType type : ApplicantType.values()) {
			assertThat(shipped.suggest(Category.PROGRAMME_CONTENT, type)).isEqualTo(BodyType.EPC);
			assertThat(shipped.suggest(Category.ASSESSMENT, type)).isEqualTo(BodyType.EPC);
		}
	}

	@Test
	@DisplayName("REV-4: the quality of teaching, material and technical provision and working conditions go to the QAC")
	void qac() {
		for (ApplicantType type : ApplicantType.values()) {
			assertThat(shipped.suggest(Category.TEACHING_QUALITY, type)).isEqualTo(BodyType.QAC);
			assertThat(shipped.suggest(Category.RESOURCES_AND_CONDITIONS, type)).isEqualTo(BodyType.QAC);
		}
	}

}

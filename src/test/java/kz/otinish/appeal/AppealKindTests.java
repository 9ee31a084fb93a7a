package kz.otinish.appeal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The kinds of appeal and the words the procedure gives them, in every language. */
class AppealKindTests {

	@Test
	@DisplayName("TERM-1: an appeal is a proposal, application, complaint, inquiry or response, each with a label in kk, ru and en")
	void theFiveKindsOfAppeal() throws IOException {
		assertThat(AppealKind.values()).containsExactly(AppealKind.APPLICATION, AppealKind.COMPLAINT,
				AppealKind.PROPOSAL, AppealKind.INQUIRY, AppealKind.RESPONSE);
		for (String language : new String[] { "", "_ru", "_en" }) {
			Properties labels = labels(language);
			for (AppealKind kind : AppealKind.values()) {
				assertThat(labels.getProperty("appeal.kind." + kind)).as(kind + language).isNotBlank();
			}
		}
	}

	@Test
	@DisplayName("TERM-2: an application is called өтініш / заявление / application")
	void application() throws IOException {
		assertLabels(AppealKind.APPLICATION, "Өтініш", "Заявление", "Application");
	}

	@Test
	@DisplayName("TERM-3: a complaint is called шағым / жалоба / complaint")
	void complaint() throws IOException {
		assertLabels(AppealKind.COMPLAINT, "Шағым", "Жалоба", "Complaint");
	}

	@Test
	@DisplayName("TERM-4: a proposal is called ұсыныс / предложение / proposal")
	void proposal() throws IOException {
		assertLabels(AppealKind.PROPOSAL, "Ұсыныс", "Предложение", "Proposal");
	}

	private static void assertLabels(AppealKind kind, String kk, String ru, String en) throws IOException {
		assertThat(labels("").getProperty("appeal.kind." + kind)).isEqualTo(kk);
		assertThat(labels("_ru").getProperty("appeal.kind." + kind)).isEqualTo(ru);
		assertThat(labels("_en").getProperty("appeal.kind." + kind)).isEqualTo(en);
	}

	private static Properties labels(String language) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = AppealKindTests.class
			.getResourceAsStream("/messages/appeal" + language + ".properties")) {
			assertThat(in).as("messages/appeal" + language).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}

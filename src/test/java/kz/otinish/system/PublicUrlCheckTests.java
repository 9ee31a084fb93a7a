package kz.otinish.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up warning about a public address left at localhost (receipts, QR codes,
 * e-mails).
 */
class PublicUrlCheckTests {

	@Test
	@DisplayName("A local public-url is warned about outside the embedded default, never inside it, and never for a real address")
	void warnsOnlyOutsideTheEmbeddedDefault() {
		assertThat(PublicUrlCheck.warning("http://localhost:8080", true, "jdbc:postgresql://db/otinish")).get()
			.asString()
			.contains("OTINISH_PUBLIC_URL");
		assertThat(PublicUrlCheck.warning("http://127.0.0.1:8080", false, "jdbc:postgresql://db/otinish")).isPresent();
		assertThat(PublicUrlCheck.warning("http://localhost:8080", false, "jdbc:h2:file:./data/otinish")).isEmpty();
		assertThat(PublicUrlCheck.warning("https://otinish.university.kz", true, "jdbc:postgresql://db/otinish"))
			.isEmpty();
	}

}

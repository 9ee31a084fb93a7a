package kz.otinish.system;

import java.net.URI;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Receipts, QR codes and e-mails carry {@code otinish.public-url}. Left at its default
 * ({@code http://localhost:8080}) anywhere but the embedded default, every link an
 * applicant gets would point to their own machine: the start-up log says so, loudly.
 */
@Component
class PublicUrlCheck {

	private static final Logger log = LoggerFactory.getLogger(PublicUrlCheck.class);

	private final Environment environment;

	PublicUrlCheck(Environment environment) {
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void check() {
		warning(this.environment.getProperty("otinish.public-url", "http://localhost:8080"),
				this.environment.acceptsProfiles(Profiles.of("postgres")),
				this.environment.getProperty("spring.datasource.url", ""))
			.ifPresent(log::warn);
	}

	/**
	 * The warning for this start, if its public address is a local one outside the
	 * embedded default.
	 */
	static Optional<String> warning(String publicUrl, boolean postgresProfile, String datasourceUrl) {
		boolean embeddedDefault = !postgresProfile && datasourceUrl.startsWith("jdbc:h2:");
		if (embeddedDefault || !isLocal(publicUrl)) {
			return Optional.empty();
		}
		return Optional.of("otinish.public-url is " + publicUrl + ": receipts, QR codes and e-mails will link to "
				+ "the reader's own machine. Set OTINISH_PUBLIC_URL to the address applicants reach Otinish at "
				+ "(for example https://otinish.university.kz).");
	}

	private static boolean isLocal(String url) {
		String host;
		try {
			host = URI.create(url.strip()).getHost();
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
		return host == null || host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]")
				|| host.equals("::1") || host.equals("0.0.0.0");
	}

}

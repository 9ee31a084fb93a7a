package kz.otinish.identity;

import java.time.Clock;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of a new installation, from the environment
 * ({@code OTINISH_BOOTSTRAP_ADMIN_USERNAME}, {@code OTINISH_BOOTSTRAP_ADMIN_PASSWORD},
 * optionally {@code OTINISH_BOOTSTRAP_ADMIN_FULL_NAME} and
 * {@code OTINISH_BOOTSTRAP_ADMIN_EMAIL}). It acts once: while no administrator exists.
 * Afterwards the variables are ignored (and should be removed).
 */
@Component
@EnableConfigurationProperties(BootstrapAdministrator.Settings.class)
class BootstrapAdministrator {

	private static final Log log = LogFactory.getLog(BootstrapAdministrator.class);

	static final int MIN_PASSWORD_LENGTH = 12;

	private final Settings settings;

	private final UserAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BootstrapAdministrator(Settings settings, UserAccounts accounts, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events, Clock clock) {
		this.settings = settings;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
		settings.check();
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	void createIfNone() {
		String username = this.settings.username();
		if (username == null || username.isBlank()) {
			return;
		}
		if (this.accounts.existsByRole(Role.ADMIN)) {
			log.info("An administrator exists: OTINISH_BOOTSTRAP_ADMIN_* is ignored and may be removed");
			return;
		}
		if (this.accounts.findByUsername(username.strip()).isPresent()) {
			throw new IllegalStateException("OTINISH_BOOTSTRAP_ADMIN_USERNAME '" + username
					+ "' belongs to an account that is not an administrator; choose another username");
		}
		String fullName = this.settings.fullName() == null || this.settings.fullName().isBlank() ? username.strip()
				: this.settings.fullName().strip();
		UserAccount admin = this.accounts
			.save(new UserAccount(username.strip(), this.passwordEncoder.encode(this.settings.password()), fullName,
					Role.ADMIN, null, blankToNull(this.settings.email()), null));
		this.events.publishEvent(new AccountCreated(admin.id(), Role.ADMIN.name(), this.clock.instant()));
		log.info("Created the first administrator '" + username.strip() + "'");
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** The bootstrap variables: nothing happens while {@code username} is unset. */
	@ConfigurationProperties("otinish.bootstrap.admin")
	record Settings(@Nullable String username, @Nullable String password, @Nullable String fullName,
			@Nullable String email) {

		void check() {
			if (this.username == null || this.username.isBlank()) {
				return;
			}
			String secret = this.password == null ? "" : this.password;
			String lower = secret.toLowerCase(Locale.ROOT);
			if (secret.length() < MIN_PASSWORD_LENGTH || lower.equals(this.username.strip().toLowerCase(Locale.ROOT))
					|| lower.contains("demo") || lower.contains("password")) {
				throw new IllegalStateException(
						"OTINISH_BOOTSTRAP_ADMIN_PASSWORD must have at least " + MIN_PASSWORD_LENGTH
								+ " characters and be neither the username nor contain 'demo' or 'password'");
			}
		}

	}

}

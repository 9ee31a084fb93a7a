package kz.otinish.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a person of the university's identity provider is in Otinish. The provider's issuer
 * and subject are linked to one account: on the first sign-in an existing account is
 * found by a claim (the verified e-mail by default); otherwise, when the role claim maps
 * to a role, an account is made from the claims. A person with neither has no account and
 * reaches nothing. Every link is audited ({@link IdentityLinked}).
 */
@Service
@EnableConfigurationProperties(SingleSignOnSettings.class)
class SingleSignOn {

	private static final Log log = LogFactory.getLog(SingleSignOn.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final IdentityLinks links;

	private final UserAccounts accounts;

	private final SingleSignOnSettings settings;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SingleSignOn(IdentityLinks links, UserAccounts accounts, SingleSignOnSettings settings,
			PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock) {
		this.links = links;
		this.accounts = accounts;
		this.settings = settings;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The enabled account this person signs in as, linking it on the first sign-in; empty
	 * when the person has no account and no mapped role (or the account is disabled).
	 */
	@Transactional
	Optional<CurrentUser> signIn(String issuer, String subject, Map<String, Object> claims) {
		Optional<UserAccount> linked = this.links.findByIssuerAndSubject(issuer, subject)
			.flatMap(link -> this.accounts.findById(link.accountId()));
		UserAccount account = linked.orElseGet(() -> link(issuer, subject, claims));
		if (account == null || !account.enabled()) {
			return Optional.empty();
		}
		return Optional.of(account.toCurrentUser());
	}

	private @Nullable UserAccount link(String issuer, String subject, Map<String, Object> claims) {
		Optional<UserAccount> existing = existingAccount(claims);
		boolean created = existing.isEmpty();
		UserAccount account = existing.orElseGet(() -> newAccount(subject, claims));
		if (account == null) {
			log.info("Single sign-on of a person with no account and no mapped role: no access");
			return null;
		}
		this.links.save(new IdentityLink(issuer, subject, account.id(), this.clock.instant()));
		this.events.publishEvent(new IdentityLinked(account.id(), issuer, created,
				created ? account.toCurrentUser().role().name() : null, this.clock.instant()));
		return account;
	}

	/**
	 * The one existing account this person is: by the imported directory's external id
	 * when the token carries it, else by the configured claim.
	 */
	private Optional<UserAccount> existingAccount(Map<String, Object> claims) {
		Optional<UserAccount> imported = text(claims, this.settings.externalIdClaim())
			.flatMap(this.accounts::findByExternalId);
		if (imported.isPresent()) {
			return imported;
		}
		return switch (this.settings.match()) {
			case EMAIL -> verifiedEmail(claims).flatMap(this::onlyAccountWithEmail);
			case USERNAME -> text(claims, this.settings.usernameClaim()).flatMap(this.accounts::findByUsername);
			case NONE -> Optional.empty();
		};
	}

	private Optional<UserAccount> onlyAccountWithEmail(String email) {
		List<UserAccount> found = this.accounts.findByEmailIgnoreCase(email);
		return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
	}

	/** The e-mail claim, unless the provider says it is not verified. */
	private static Optional<String> verifiedEmail(Map<String, Object> claims) {
		if (Boolean.FALSE.equals(claims.get("email_verified"))
				|| "false".equals(String.valueOf(claims.get("email_verified")))) {
			return Optional.empty();
		}
		return text(claims, "email");
	}

	/** An account made from the claims when they carry a mapped role; none otherwise. */
	private @Nullable UserAccount newAccount(String subject, Map<String, Object> claims) {
		Optional<Role> role = mappedRole(claims);
		if (role.isEmpty()) {
			return null;
		}
		String username = freeUsername(subject, claims);
		if (username == null) {
			return null;
		}
		String fullName = text(claims, "name").or(() -> givenAndFamilyName(claims)).orElse(username);
		@Nullable String school = text(claims, this.settings.schoolClaim()).orElse(null);
		@Nullable String email = verifiedEmail(claims).orElse(null);
		return this.accounts.save(new UserAccount(username, unusablePassword(), fullName, role.get(), school, email,
				text(claims, "phone_number").orElse(null)));
	}

	/** The first value of the role claim the mapping knows, in the claim's order. */
	Optional<Role> mappedRole(Map<String, Object> claims) {
		Object value = claims.get(this.settings.roleClaim());
		Collection<?> values = value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
		Map<String, Role> mapping = this.settings.roleMapping();
		return values.stream().map(String::valueOf).filter(mapping::containsKey).map(mapping::get).findFirst();
	}

	private @Nullable String freeUsername(String subject, Map<String, Object> claims) {
		for (Optional<String> candidate : List.of(text(claims, this.settings.usernameClaim()), verifiedEmail(claims),
				Optional.of("sso-" + subject))) {
			if (candidate.isPresent() && candidate.get().length() <= 100
					&& this.accounts.findByUsername(candidate.get()).isEmpty()) {
				return candidate.get();
			}
		}
		return null;
	}

	private static Optional<String> givenAndFamilyName(Map<String, Object> claims) {
		String name = (text(claims, "family_name").orElse("") + " " + text(claims, "given_name").orElse("")).strip();
		return name.isEmpty() ? Optional.empty() : Optional.of(name);
	}

	/**
	 * A password nobody knows: an account made by single sign-on signs in only through
	 * the provider until an administrator sets a password.
	 */
	private String unusablePassword() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return this.passwordEncoder.encode(Base64.getEncoder().encodeToString(secret));
	}

	private static Optional<String> text(Map<String, Object> claims, String name) {
		Object value = claims.get(name);
		if (value == null || String.valueOf(value).isBlank()) {
			return Optional.empty();
		}
		return Optional.of(String.valueOf(value).strip());
	}

}

package kz.otinish.identity;

import java.util.List;
import java.util.Optional;

import java.time.Clock;

import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The identity module's façade: who is signed in, and the accounts that exist. */
@Service
public class Accounts implements UserDetailsService {

	/**
	 * What an account without a local password (single sign-on only) presents to the
	 * password check: no password matches it.
	 */
	static final String NO_LOCAL_PASSWORD = "{bcrypt}no-local-password";

	private final UserAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PasswordPolicy passwordPolicy;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	Accounts(UserAccounts accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock,
			PasswordPolicy passwordPolicy, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.passwordPolicy = passwordPolicy;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
	}

	/** The person behind the current request, if anyone is signed in. */
	public static Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return account(authentication);
	}

	/**
	 * The account this authentication acts as: signed in with a password, through the
	 * university's single sign-on or with a bearer token; empty for anyone else.
	 */
	static Optional<CurrentUser> account(@Nullable Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof AccountHolder holder) {
			return holder.account();
		}
		return Optional.empty();
	}

	@Override
	@Transactional(readOnly = true)
	public SignedInUser loadUserByUsername(String username) {
		return this.accounts.findByUsername(username)
			.map(account -> new SignedInUser(account.toCurrentUser(),
					account.passwordHash() == null ? NO_LOCAL_PASSWORD : account.passwordHash(), account.enabled()))
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	@Transactional(readOnly = true)
	public Optional<CurrentUser> byUsername(String username) {
		return this.accounts.findByUsername(username).map(UserAccount::toCurrentUser);
	}

	/**
	 * The one account with this e-mail address (case-insensitive), for linking mail to
	 * its sender; empty when none or several accounts share the address.
	 */
	@Transactional(readOnly = true)
	public Optional<CurrentUser> byEmail(String email) {
		List<UserAccount> found = this.accounts.findByEmailIgnoreCase(email.strip());
		return found.size() == 1 ? Optional.of(found.get(0).toCurrentUser()) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public List<CurrentUser> all() {
		return this.accounts.findAllByOrderByRoleAscUsernameAsc().stream().map(UserAccount::toCurrentUser).toList();
	}

	/**
	 * Creates the account unless one with that username exists (idempotent, for seeding).
	 */
	@Transactional
	public CurrentUser ensureAccount(String username, String rawPassword, String fullName, Role role,
			@Nullable String schoolCode, @Nullable String email, @Nullable String phone) {
		return this.accounts.findByUsername(username)
			.orElseGet(() -> this.accounts.save(new UserAccount(username, this.passwordEncoder.encode(rawPassword),
					fullName, role, schoolCode, email, phone)))
			.toCurrentUser();
	}

	/**
	 * Creates a demo account (the demo loader's, embedded default only) unless one with
	 * that username exists. It is marked as having a demo password, so that a start on
	 * any other database refuses while it exists ({@link DemoPasswords}).
	 */
	@Transactional
	public CurrentUser ensureDemoAccount(String username, String rawPassword, String fullName, Role role,
			@Nullable String schoolCode, @Nullable String email, @Nullable String phone) {
		return this.accounts.findByUsername(username)
			.orElseGet(() -> this.accounts.save(new UserAccount(username, this.passwordEncoder.encode(rawPassword),
					fullName, role, schoolCode, email, phone)
				.withDemoPassword()))
			.toCurrentUser();
	}

	/**
	 * Applicants (students, staff, representatives) whose name, username or e-mail
	 * contains the query, for the registrar's desk to find who hands in a paper
	 * application.
	 */
	@Transactional(readOnly = true)
	List<CurrentUser> findApplicants(String query, int limit) {
		String needle = query.strip();
		if (needle.length() < 2) {
			return List.of();
		}
		return this.accounts
			.searchApplicants(likeLiteral(needle.toLowerCase(java.util.Locale.ROOT)),
					List.of(Role.STUDENT, Role.STAFF, Role.REPRESENTATIVE))
			.stream()
			.limit(limit)
			.map(UserAccount::toCurrentUser)
			.toList();
	}

	/**
	 * Applicants this person may look up: the records office finds every applicant, a
	 * dean's office those of its school and legal representatives, an applicant picking
	 * co-applicants the students and staff of their own school; nobody else finds anyone.
	 * {@code %} and {@code _} match only themselves.
	 */
	@Transactional(readOnly = true)
	public List<CurrentUser> findApplicants(String query, int limit, CurrentUser searcher) {
		return findApplicants(query, Integer.MAX_VALUE).stream()
			.filter(found -> mayFind(searcher, found))
			.limit(limit)
			.toList();
	}

	private static boolean mayFind(CurrentUser searcher, CurrentUser found) {
		return switch (searcher.role()) {
			case REGISTRAR -> true;
			case DEANS_OFFICE -> found.is(Role.REPRESENTATIVE) || searcher.servesSchool(found.schoolCode());
			case STUDENT, STAFF -> !found.is(Role.REPRESENTATIVE) && searcher.servesSchool(found.schoolCode());
			case REPRESENTATIVE, DEAN, BODY_SECRETARY, BODY_MEMBER, MODERATOR, OFFICIAL, ANALYST, ADMIN -> false;
		};
	}

	/**
	 * The text as a literal inside a LIKE pattern: {@code %} and {@code _} typed by a
	 * person match themselves, not everything (the queries declare {@code escape '\\'}).
	 */
	static String likeLiteral(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** The account with this id, if it exists (who an appeal is linked to). */
	@Transactional(readOnly = true)
	public Optional<CurrentUser> byId(java.util.UUID id) {
		return this.accounts.findById(id).map(UserAccount::toCurrentUser);
	}

	/**
	 * The language this account prefers for its e-mail and pages; Kazakh when it has
	 * chosen none or there is no such account.
	 */
	@Transactional(readOnly = true)
	public Language preferredLanguage(String username) {
		return this.accounts.findByUsername(username).map(UserAccount::preferredLanguage).orElse(Language.KK);
	}

	/**
	 * The preferred language of the one account with this e-mail address (staff and
	 * officials named in the organization data by address); Kazakh when none or several.
	 */
	@Transactional(readOnly = true)
	public Language preferredLanguageOfEmail(@Nullable String email) {
		if (email == null || email.isBlank()) {
			return Language.KK;
		}
		List<UserAccount> found = this.accounts.findByEmailIgnoreCase(email.strip());
		return found.size() == 1 ? found.get(0).preferredLanguage() : Language.KK;
	}

	/**
	 * The signed-in person changes their password: the current one must be right and the
	 * new one must pass the password policy; refused with the first problem's message key
	 * otherwise. Audited without the password.
	 */
	@Transactional
	public void changePassword(CurrentUser user, String current, String next) {
		UserAccount account = this.accounts.findByUsername(user.username())
			.orElseThrow(() -> new kz.otinish.shared.NotFound("identity.account.notFound"));
		if (account.passwordHash() == null || !this.passwordEncoder.matches(current, account.passwordHash())) {
			throw new kz.otinish.shared.Refused("identity.password.currentWrong");
		}
		List<String> problems = this.passwordPolicy.problems(account.username(), next);
		if (!problems.isEmpty()) {
			throw new kz.otinish.shared.Refused(problems.get(0), this.passwordPolicy.minLength());
		}
		account.changePassword(this.passwordEncoder.encode(next));
		this.events.publishEvent(new PasswordChanged(account.id(), this.clock.instant()));
	}

	/**
	 * Whether this account was given a one-time password that must be changed before it
	 * does anything else.
	 */
	@Transactional(readOnly = true)
	public boolean mustChangePassword(String username) {
		return this.accounts.existsByUsernameAndMustChangePasswordTrue(username);
	}

	/**
	 * Whether the account is enabled and whether it must change its password, in one
	 * query outside any transaction (checked on every signed-in request); an account that
	 * does not exist (any more) is treated as before: not deactivated.
	 */
	State state(String username) {
		return this.jdbc.sql("select enabled, must_change_password from user_account where username = :username")
			.param("username", username)
			.query((rs, row) -> new State(rs.getBoolean("enabled"), rs.getBoolean("must_change_password")))
			.optional()
			.orElse(new State(true, false));
	}

	/** An account's state as every request checks it. */
	record State(boolean enabled, boolean mustChangePassword) {
	}

	/** Whether an administrator or a leavers' import deactivated this account. */
	boolean deactivated(String username) {
		return this.accounts.existsByUsernameAndEnabledFalse(username);
	}

	/**
	 * The signed-in person chooses their language (the settings page, the language
	 * switcher); audited when it changes.
	 */
	@Transactional
	public void prefer(String username, Language language) {
		this.accounts.findByUsername(username).ifPresent(account -> {
			Language before = account.preferredLanguage();
			if (before == language) {
				return;
			}
			account.prefer(language);
			this.events.publishEvent(
					new AccountLanguageChanged(account.id(), before.name(), language.name(), this.clock.instant()));
		});
	}

	/**
	 * The one account bearing this full name (case and spacing ignored), for people named
	 * in a decision by name; empty when none or several.
	 */
	@Transactional(readOnly = true)
	public Optional<CurrentUser> byFullName(@Nullable String fullName) {
		if (fullName == null || fullName.isBlank()) {
			return Optional.empty();
		}
		String wanted = normalizedName(fullName);
		List<CurrentUser> found = all().stream()
			.filter(user -> normalizedName(user.fullName()).equals(wanted))
			.toList();
		return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
	}

	private static String normalizedName(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * The one account whose username is this one in any case (a subject recorded as
	 * {@code Dean} is the account {@code dean}); empty when none or several.
	 */
	@Transactional(readOnly = true)
	public Optional<CurrentUser> byUsernameIgnoringCase(@Nullable String username) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
		}
		Optional<CurrentUser> exact = byUsername(username.strip());
		if (exact.isPresent()) {
			return exact;
		}
		List<UserAccount> found = this.accounts.findByUsernameIgnoreCase(username.strip());
		return found.size() == 1 ? Optional.of(found.get(0).toCurrentUser()) : Optional.empty();
	}

	/**
	 * The directory of people, for choosing whom an appeal is about: accounts whose name,
	 * username or e-mail contains the query (case-insensitive, {@code %} and {@code _}
	 * literal), at most {@code limit}, by name.
	 */
	@Transactional(readOnly = true)
	public List<CurrentUser> findPeople(String query, int limit) {
		String needle = query.strip();
		if (needle.length() < 2) {
			return List.of();
		}
		return this.accounts
			.searchApplicants(likeLiteral(needle.toLowerCase(java.util.Locale.ROOT)), List.of(Role.values()))
			.stream()
			.limit(limit)
			.map(UserAccount::toCurrentUser)
			.toList();
	}

}

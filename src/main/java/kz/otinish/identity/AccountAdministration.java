package kz.otinish.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator's work on accounts: find them, give a role and its school, deactivate
 * and reactivate, reset a password to a one-time one that must be changed at the next
 * sign-in. Every change is audited; an administrator cannot lock themselves out.
 */
@Service
public class AccountAdministration {

	/** Letters and digits that cannot be mistaken for one another when read aloud. */
	private static final String ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int ONE_TIME_LENGTH = 16;

	private final UserAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	AccountAdministration(UserAccounts accounts, PasswordEncoder passwordEncoder, PasswordPolicy policy,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Accounts whose name, username, e-mail or external id contains the query (all when
	 * it is blank), by name; {@code %} and {@code _} match only themselves.
	 */
	@Transactional(readOnly = true)
	public Page<AccountDetails> search(@Nullable String query, int page, int size) {
		String needle = query == null ? "" : Accounts.likeLiteral(query.strip().toLowerCase(Locale.ROOT));
		return this.accounts.search(needle, PageRequest.of(Math.max(page, 0), size, Sort.by("fullName", "username")))
			.map(UserAccount::toDetails);
	}

	@Transactional(readOnly = true)
	public AccountDetails account(UUID id) {
		return find(id).toDetails();
	}

	/**
	 * Gives the account a role and the school it serves; the dean's office and the dean
	 * need a school (the caller checks the code against the organization).
	 */
	@Transactional
	public AccountDetails assign(UUID id, Role role, @Nullable String schoolCode, CurrentUser admin) {
		UserAccount account = find(id);
		notYourself(account, admin);
		String school = schoolCode == null || schoolCode.isBlank() ? null : schoolCode.strip();
		if ((role == Role.DEAN || role == Role.DEANS_OFFICE) && school == null) {
			throw new Refused("identity.admin.schoolRequired");
		}
		String before = scope(account.role(), account.schoolCode());
		String after = scope(role, school);
		if (!before.equals(after)) {
			account.assign(role, school);
			publish(account, AccountChanged.Change.ROLE_CHANGED, before, after);
		}
		return account.toDetails();
	}

	@Transactional
	public AccountDetails deactivate(UUID id, CurrentUser admin) {
		UserAccount account = find(id);
		notYourself(account, admin);
		if (account.enabled()) {
			account.deactivate(Deactivation.ADMIN);
			publish(account, AccountChanged.Change.DEACTIVATED, "ENABLED", "DISABLED");
		}
		return account.toDetails();
	}

	@Transactional
	public AccountDetails reactivate(UUID id) {
		UserAccount account = find(id);
		if (!account.enabled()) {
			account.reactivate();
			publish(account, AccountChanged.Change.REACTIVATED, "DISABLED", "ENABLED");
		}
		return account.toDetails();
	}

	/**
	 * Sets a random one-time password and returns it, to be shown to the administrator
	 * once; the person must change it at the next sign-in. Audited without the password.
	 */
	@Transactional
	public String resetPassword(UUID id) {
		UserAccount account = find(id);
		String password;
		do {
			StringBuilder text = new StringBuilder(ONE_TIME_LENGTH);
			for (int i = 0; i < ONE_TIME_LENGTH; i++) {
				text.append(ONE_TIME_ALPHABET.charAt(this.random.nextInt(ONE_TIME_ALPHABET.length())));
			}
			password = text.toString();
		}
		while (!this.policy.problems(account.username(), password).isEmpty());
		account.resetPassword(this.passwordEncoder.encode(password));
		publish(account, AccountChanged.Change.PASSWORD_RESET, null, null);
		return password;
	}

	private UserAccount find(UUID id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFound("identity.account.notFound"));
	}

	private static void notYourself(UserAccount account, CurrentUser admin) {
		if (account.id().equals(admin.id())) {
			throw new Refused("identity.admin.notYourself");
		}
	}

	private static String scope(Role role, @Nullable String school) {
		return school == null ? role.name() : role.name() + " " + school;
	}

	private void publish(UserAccount account, AccountChanged.Change change, @Nullable String before,
			@Nullable String after) {
		this.events.publishEvent(new AccountChanged(account.id(), change, before, after, null, this.clock.instant()));
	}

}

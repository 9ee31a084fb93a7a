package kz.otinish.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the registrar's or HR's file to the accounts, keyed by external id: a new
 * person gets an account (without a local password: they sign in through single sign-on,
 * or an administrator resets one), a changed one is updated, an unchanged one is left
 * alone, and on a full file everyone of that kind who is absent from it is deactivated as
 * a leaver. A person the file lists again after leaving is reactivated. Every change is
 * audited. Reads all accounts once, so a file of thousands of rows costs a handful of
 * queries.
 */
@Service
public class PeopleDirectory {

	private static final int BATCH = 500;

	private final UserAccounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final EntityManager entityManager;

	PeopleDirectory(UserAccounts accounts, ApplicationEventPublisher events, Clock clock, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What applying these people would do, changing nothing.
	 * @param present the external ids of every row of the file, faulty ones too: a person
	 * whose row is faulty has not left
	 */
	@Transactional(readOnly = true)
	public ImportOutcome preview(PersonKind kind, List<PersonRecord> people, Set<String> present, boolean fullFile) {
		return apply(kind, people, present, fullFile, false);
	}

	/** Applies these people; see {@link #preview} for {@code present}. */
	@Transactional
	public ImportOutcome apply(PersonKind kind, List<PersonRecord> people, Set<String> present, boolean fullFile) {
		return apply(kind, people, present, fullFile, true);
	}

	private ImportOutcome apply(PersonKind kind, List<PersonRecord> people, Set<String> present, boolean fullFile,
			boolean write) {
		Instant now = this.clock.instant();
		if (write) {
			// thousands of rows: inserts and updates go to the database in batches
			this.entityManager.unwrap(Session.class).setJdbcBatchSize(BATCH);
		}
		List<UserAccount> all = this.accounts.findAll();
		Map<String, UserAccount> byExternalId = new HashMap<>();
		Map<String, List<UserAccount>> unlinkedByEmail = new HashMap<>();
		Set<String> usernames = new HashSet<>();
		for (UserAccount account : all) {
			usernames.add(account.username().toLowerCase(Locale.ROOT));
			if (account.externalId() != null) {
				byExternalId.put(account.externalId(), account);
			}
			else if (account.email() != null) {
				unlinkedByEmail.computeIfAbsent(account.email().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
					.add(account);
			}
		}
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		int reactivated = 0;
		List<UserAccount> fresh = new ArrayList<>();
		List<AccountChanged> changed = new ArrayList<>();
		for (PersonRecord person : people) {
			UserAccount account = byExternalId.get(person.externalId());
			boolean linked = false;
			if (account == null) {
				account = onlyOne(person.email() == null ? null
						: unlinkedByEmail.remove(person.email().toLowerCase(Locale.ROOT)));
				linked = account != null;
				if (linked && write) {
					account.link(person.externalId());
				}
			}
			if (account == null) {
				created++;
				if (write) {
					UserAccount made = UserAccount.imported(username(person, usernames), person);
					fresh.add(made);
				}
				continue;
			}
			List<String> changes = write ? account.take(person) : account.differences(person);
			if (linked) {
				changes.add(0, "externalId");
			}
			if (changes.isEmpty()) {
				unchanged++;
			}
			else {
				updated++;
				if (write) {
					changed.add(change(account, AccountChanged.Change.UPDATED, null, null, String.join(", ", changes),
							now));
				}
			}
			if (!account.enabled() && account.deactivatedBecause() == Deactivation.LEFT) {
				reactivated++;
				if (write) {
					account.reactivate();
					changed.add(change(account, AccountChanged.Change.REACTIVATED, "DISABLED", "ENABLED", null, now));
				}
			}
		}
		int deactivated = 0;
		if (fullFile) {
			for (UserAccount account : all) {
				if (account.enabled() && account.externalId() != null && account.personKind() == kind
						&& !present.contains(account.externalId())) {
					deactivated++;
					if (write) {
						account.deactivate(Deactivation.LEFT);
						changed.add(
								change(account, AccountChanged.Change.DEACTIVATED, "ENABLED", "DISABLED", "LEFT", now));
					}
				}
			}
		}
		if (write) {
			for (UserAccount made : fresh) {
				// persist, not save: an assigned id would make save() look each one up
				// first
				this.entityManager.persist(made);
				changed.add(change(made, AccountChanged.Change.IMPORTED, null, made.role().name(),
						made.personKind().name(), now));
			}
		}
		if (!changed.isEmpty()) {
			// one event for the lot: the audit trail writes its lines in batches
			this.events.publishEvent(new AccountsChanged(changed));
		}
		return new ImportOutcome(created, updated, unchanged, reactivated, deactivated);
	}

	private static AccountChanged change(UserAccount account, AccountChanged.Change change, @Nullable String before,
			@Nullable String after, @Nullable String detail, Instant at) {
		return new AccountChanged(account.id(), change, before, after, detail, at);
	}

	private static @Nullable UserAccount onlyOne(@Nullable List<UserAccount> found) {
		return found != null && found.size() == 1 ? found.get(0) : null;
	}

	/**
	 * The new account's username: the e-mail address when it is free, else the external
	 * id, else the external id with a number.
	 */
	private static String username(PersonRecord person, Set<String> taken) {
		List<String> candidates = new ArrayList<>();
		if (person.email() != null) {
			candidates.add(person.email().toLowerCase(Locale.ROOT));
		}
		String id = person.externalId().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
		candidates.add(id);
		for (int n = 2; n < 1000; n++) {
			candidates.add(id + "-" + n);
		}
		for (String candidate : candidates) {
			String name = candidate.length() > 100 ? candidate.substring(0, 100) : candidate;
			if (taken.add(name)) {
				return name;
			}
		}
		throw new IllegalStateException("no free username for " + person.externalId());
	}

}

package kz.otinish.registration;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import kz.otinish.identity.Accounts;
import kz.otinish.identity.CurrentUser;
import kz.otinish.identity.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Journals, entries and accounts with unique codes, so that tests tolerate each other's
 * data.
 */
class JournalFixtures {

	static final String PASSWORD = "demo";

	private final JournalCatalog catalog;

	private final Journals journals;

	private final Accounts accounts;

	private final TransactionTemplate transaction;

	JournalFixtures(JournalCatalog catalog, Journals journals, Accounts accounts,
			PlatformTransactionManager transactions) {
		this.catalog = catalog;
		this.journals = journals;
		this.accounts = accounts;
		this.transaction = new TransactionTemplate(transactions);
	}

	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
	}

	/** A new journal; with a school code, that school's journal. */
	String journal(@Nullable String schoolCode) {
		String code = unique("T");
		this.catalog.save(new Journal(code, "Сынақ журналы " + code, "Тестовый журнал " + code, "Test journal " + code,
				schoolCode, NumberPattern.DEFAULT, 1000));
		return code;
	}

	JournalEntryView register(String journalCode, Instant receivedAt, String summary) {
		RegistrationRequest request = new RegistrationRequest(UUID.randomUUID(), receivedAt, "PORTAL", "Тіркеуші Айгүл",
				summary);
		this.transaction.executeWithoutResult(status -> this.journals.register(journalCode, request));
		return this.journals.entryOf(request.appealId()).orElseThrow();
	}

	CurrentUser account(Role role, @Nullable String schoolCode) {
		String username = unique(role.name().toLowerCase(Locale.ROOT) + "-");
		return this.accounts.ensureAccount(username, PASSWORD, "Test " + role, role, schoolCode, null, null);
	}

}

package kz.otinish.demo;

import kz.otinish.identity.Accounts;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * The accounts integration and browser tests sign in as, with the demo password
 * {@code demo}: one per role ({@code student}, {@code staff}, {@code registrar},
 * {@code deansoffice}, {@code dean}, {@code secretary}, {@code member},
 * {@code moderator}, {@code vicerector}, {@code rector}, {@code analyst}, {@code admin}
 * …), applicants of other schools, and an account for every official the organization
 * file names (the deans of all schools), with the names the organization gives them. Only
 * the accounts: no appeals, no reviews, no mail, so tests see only what they create.
 */
public class AccountFixtures {

	public static final String PASSWORD = DemoAccounts.PASSWORD;

	private final DemoAccounts demo;

	private final Accounts accounts;

	AccountFixtures(DemoAccounts demo, Accounts accounts) {
		this.demo = demo;
		this.accounts = accounts;
	}

	/**
	 * The demo loader's people, as ordinary accounts: not marked as demo accounts, so
	 * that a second context on the same PostgreSQL database (two nodes) may start.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void ensureAccounts() {
		for (DemoAccounts.DemoAccount account : this.demo.all()) {
			this.accounts.ensureAccount(account.username(), PASSWORD, account.fullName(), account.role(),
					account.schoolCode(), account.email(), account.phone());
		}
	}

}

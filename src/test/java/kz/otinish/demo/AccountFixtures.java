package kz.otinish.demo;

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

	private final DemoAccounts accounts;

	AccountFixtures(DemoAccounts accounts) {
		this.accounts = accounts;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ensureAccounts() {
		this.accounts.seed();
	}

}

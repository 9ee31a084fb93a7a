package kz.otinish.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.Refused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent texts (data, seeded by migrations; the latest is current) and the accounts'
 * acceptances of them.
 */
@Service
public class Consents {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Consents(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/** The current consent text: the latest version. */
	@Transactional(readOnly = true)
	public ConsentText current() {
		return this.jdbc.sql("""
				select version, published_on, text_kk, text_ru, text_en from consent_version
				where version = (select max(version) from consent_version)""")
			.query((rs, row) -> new ConsentText(rs.getInt("version"), rs.getObject("published_on", LocalDate.class),
					rs.getString("text_kk"), rs.getString("text_ru"), rs.getString("text_en")))
			.single();
	}

	/**
	 * The account accepts the given version, which must be the current one; accepting it
	 * again changes nothing. Returns the version accepted.
	 */
	@Transactional
	public int accept(CurrentUser account, int version) {
		if (version != current().version()) {
			throw new Refused("privacy.consent.outdated");
		}
		if (accepted(account.id()).stream().anyMatch(consent -> consent.version() == version)) {
			return version;
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("insert into account_consent (account_id, version, accepted_at) values (:account, :version, :at)")
			.param("account", account.id())
			.param("version", version)
			.param("at", now.atOffset(ZoneOffset.UTC))
			.update();
		this.events.publishEvent(new ConsentAccepted(account.id(), version, now));
		return version;
	}

	/** The account accepts the current version; returns it. */
	@Transactional
	public int acceptCurrent(CurrentUser account) {
		return accept(account, current().version());
	}

	/** The versions the account accepted, the latest first. */
	@Transactional(readOnly = true)
	public List<AccountConsent> accepted(UUID account) {
		return this.jdbc
			.sql("select version, accepted_at from account_consent where account_id = :account order by version desc")
			.param("account", account)
			.query((rs, row) -> new AccountConsent(rs.getInt("version"),
					rs.getObject("accepted_at", java.time.OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Has the account accepted the current version? */
	@Transactional(readOnly = true)
	public boolean acceptedCurrent(UUID account) {
		int current = current().version();
		return accepted(account).stream().anyMatch(consent -> consent.version() == current);
	}

}

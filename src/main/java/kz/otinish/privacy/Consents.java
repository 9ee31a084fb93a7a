package kz.otinish.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.Refused;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The consent texts (data, seeded by migrations; the latest is current) and the accounts'
 * acceptances of them.
 */
@Service
public class Consents {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	/** The latest version each account was seen to have accepted, on this node. */
	private final Cache<UUID, Integer> acceptedHere = Caffeine.newBuilder().maximumSize(100_000).build();

	private volatile @Nullable Integer currentVersion;

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

	/**
	 * The account accepts the current version; returns it. Joins the caller's transaction
	 * (filing an appeal accepts with it): one statement the first time, none once this
	 * node has seen the acceptance committed (acceptances are never withdrawn or
	 * deleted).
	 */
	@Transactional
	public int acceptCurrent(CurrentUser account) {
		int version = currentVersion();
		Integer known = this.acceptedHere.getIfPresent(account.id());
		if (known != null && known == version) {
			return version;
		}
		Instant now = this.clock.instant();
		int inserted = this.jdbc
			.sql("""
					insert into account_consent (account_id, version, accepted_at)
					select :account, version, :at from consent_version v where v.version = :version
					and not exists (select 1 from account_consent c where c.account_id = :account and c.version = :version)""")
			.param("account", account.id())
			.param("version", version)
			.param("at", now.atOffset(ZoneOffset.UTC))
			.update();
		if (inserted == 0) {
			this.acceptedHere.put(account.id(), version);
			return version;
		}
		this.events.publishEvent(new ConsentAccepted(account.id(), version, now));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Consents.this.acceptedHere.put(account.id(), version);
			}
		});
		return version;
	}

	/**
	 * The current version's number, read once per node: versions are added by migrations
	 * only, which a node runs when it starts.
	 */
	private int currentVersion() {
		Integer version = this.currentVersion;
		if (version == null) {
			version = current().version();
			this.currentVersion = version;
		}
		return version;
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

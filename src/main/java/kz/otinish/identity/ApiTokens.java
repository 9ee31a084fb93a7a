package kz.otinish.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: bearer tokens for the API that a person issues for themselves or for an
 * integration acting as them. A token is shown once, when issued; only its SHA-256 is
 * stored. It expires, can be revoked at any time, and issuing and revoking are audited.
 * Checking a token costs one hash and one query, not a password hash (docs/operations.md,
 * "API tokens").
 */
@Service
class ApiTokens {

	/**
	 * What every token starts with, so that it is told apart from the provider's JWTs.
	 */
	static final String PREFIX = "otn_";

	static final int NAME_LENGTH = 100;

	private static final int HINT_LENGTH = 8;

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int maxDays;

	ApiTokens(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			@Value("${otinish.api-tokens.max-days:365}") int maxDays) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.maxDays = maxDays;
	}

	int maxDays() {
		return this.maxDays;
	}

	/**
	 * Issues a token for the account, valid for the given number of days (1 to
	 * {@code otinish.api-tokens.max-days}); the secret is in the answer and nowhere else.
	 */
	@Transactional
	Issued issue(CurrentUser owner, String name, int days) {
		String label = name.strip();
		if (label.isEmpty() || label.length() > NAME_LENGTH) {
			throw new Refused("identity.token.nameInvalid", NAME_LENGTH);
		}
		if (days < 1 || days > this.maxDays) {
			throw new Refused("identity.token.daysInvalid", this.maxDays);
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		ApiToken token = new ApiToken(UUID.randomUUID(), label, secret.substring(0, HINT_LENGTH), now,
				now.plus(Duration.ofDays(days)), null);
		this.jdbc.sql("""
				insert into api_token (id, account_id, name, token_hash, hint, created_at, expires_at)
				values (:id, :account, :name, :hash, :hint, :created, :expires)""")
			.param("id", token.id())
			.param("account", owner.id())
			.param("name", token.name())
			.param("hash", hash(secret))
			.param("hint", token.hint())
			.param("created", utc(token.createdAt()))
			.param("expires", utc(token.expiresAt()))
			.update();
		this.events.publishEvent(new ApiTokenChanged(owner.id(), token.id(), "ISSUE_API_TOKEN", token.name(), now));
		return new Issued(token, secret);
	}

	/** The account's tokens, the newest first (never their secrets). */
	@Transactional(readOnly = true)
	List<ApiToken> of(CurrentUser owner) {
		return this.jdbc.sql("""
				select id, name, hint, created_at, expires_at, revoked_at from api_token
				where account_id = :account order by created_at desc""")
			.param("account", owner.id())
			.query((rs, row) -> new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("hint"),
					instant(rs.getObject("created_at", OffsetDateTime.class)),
					instant(rs.getObject("expires_at", OffsetDateTime.class)),
					rs.getObject("revoked_at", OffsetDateTime.class) == null ? null
							: instant(rs.getObject("revoked_at", OffsetDateTime.class))))
			.list();
	}

	/**
	 * Revokes one of the account's tokens: it stops working at once. Revoking it again
	 * changes nothing; another account's token is not found.
	 */
	@Transactional
	void revoke(CurrentUser owner, UUID tokenId) {
		ApiToken token = of(owner).stream()
			.filter(found -> found.id().equals(tokenId))
			.findFirst()
			.orElseThrow(() -> new NotFound("identity.token.notFound"));
		if (token.revokedAt() != null) {
			return;
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("update api_token set revoked_at = :now where id = :id and revoked_at is null")
			.param("now", utc(now))
			.param("id", tokenId)
			.update();
		this.events.publishEvent(new ApiTokenChanged(owner.id(), tokenId, "REVOKE_API_TOKEN", token.name(), now));
	}

	/**
	 * The account a bearer token acts as, with its state read in the same query; empty
	 * for an unknown, revoked or expired token and for a deactivated account. One query
	 * outside any transaction: no commit.
	 */
	Optional<Holder> authenticate(String secret) {
		if (!secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				select a.id, a.username, a.full_name, a.role, a.school_code, a.email, a.phone, a.must_change_password
				from api_token t join user_account a on a.id = t.account_id
				where t.token_hash = :hash and t.revoked_at is null and t.expires_at > :now and a.enabled = true""")
			.param("hash", hash(secret))
			.param("now", utc(now))
			.query((rs, row) -> new Holder(new CurrentUser(rs.getObject("id", UUID.class), rs.getString("username"),
					rs.getString("full_name"), Role.valueOf(rs.getString("role")), rs.getString("school_code"),
					rs.getString("email"), rs.getString("phone")), rs.getBoolean("must_change_password")))
			.optional();
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(OffsetDateTime value) {
		return value.toInstant();
	}

	/** A token as its owner sees it: name, the first characters, dates. */
	record ApiToken(UUID id, String name, String hint, Instant createdAt, Instant expiresAt,
			@Nullable Instant revokedAt) {

		public boolean activeAt(Instant now) {
			return this.revokedAt == null && now.isBefore(this.expiresAt);
		}

	}

	/** A token just issued, with its secret (shown once). */
	record Issued(ApiToken token, String secret) {
	}

	/**
	 * Who a token acts as, with the account's state read with the token: the checks of
	 * every request ({@link PasswordChangeRequired}) need no query of their own.
	 */
	record Holder(CurrentUser user, boolean mustChangePassword) implements AccountHolder {

		@Override
		public Optional<CurrentUser> account() {
			return Optional.of(this.user);
		}

	}

}

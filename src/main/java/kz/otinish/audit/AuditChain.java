package kz.otinish.audit;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail's hash chain. Entries are written in the transaction of the change they
 * record; afterwards they are sealed in order, each seal holding the SHA-256 of the
 * entry's content and of the previous seal. {@link #verify()} recomputes the chain and
 * names the first broken link: an entry changed or removed behind the application's back.
 */
@Service
public class AuditChain {

	/** The hash before the first seal. */
	static final String GENESIS = "0".repeat(64);

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	AuditChain(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Seals the entries written since the last run, oldest first. Nodes take turns on the
	 * chain's head row. Returns how many entries were sealed.
	 */
	@Scheduled(fixedDelayString = "${otinish.audit.seal-interval:PT10S}",
			initialDelayString = "${otinish.audit.seal-interval:PT10S}")
	@Transactional
	public int seal() {
		Head head = this.jdbc.sql("select last_position, last_hash from audit_chain_head where id = 1 for update")
			.query((rs, row) -> new Head(rs.getLong("last_position"), rs.getString("last_hash")))
			.single();
		List<Row> unsealed = this.jdbc.sql("""
				select e.* from audit_entry e
				where not exists (select 1 from audit_seal s where s.entry_seq = e.seq)
				order by e.seq fetch first 1000 rows only""").query(AuditChain::row).list();
		long position = head.position();
		String previous = head.hash();
		for (Row row : unsealed) {
			position++;
			String hash = hash(previous, row);
			this.jdbc.sql("insert into audit_seal (position, entry_seq, previous_hash, entry_hash) values (?, ?, ?, ?)")
				.params(position, row.seq(), previous, hash)
				.update();
			previous = hash;
		}
		if (!unsealed.isEmpty()) {
			this.jdbc.sql("update audit_chain_head set last_position = ?, last_hash = ? where id = 1")
				.params(position, previous)
				.update();
		}
		return unsealed.size();
	}

	/**
	 * Seals what is waiting, then recomputes the whole chain from the first seal: every
	 * seal must follow the previous one and match its entry's content.
	 */
	@Transactional
	public Verification verify() {
		while (seal() == BATCH) {
			// keep sealing until nothing waits
		}
		String previous = GENESIS;
		long expectedPosition = 1;
		long checked = 0;
		long after = 0;
		while (true) {
			List<Link> links = this.jdbc.sql("""
					select s.position, s.entry_seq, s.previous_hash, s.entry_hash, e.*
					from audit_seal s left join audit_entry e on e.seq = s.entry_seq
					where s.position > ? order by s.position fetch first 5000 rows only""")
				.params(after)
				.query((rs, number) -> new Link(rs.getLong("position"), rs.getLong("entry_seq"),
						rs.getString("previous_hash"), rs.getString("entry_hash"),
						rs.getObject("id", UUID.class) == null ? null : row(rs, number)))
				.list();
			if (links.isEmpty()) {
				break;
			}
			for (Link link : links) {
				Optional<BrokenLink> broken = check(link, expectedPosition, previous);
				if (broken.isPresent()) {
					return new Verification(checked, unsealed(), broken.get());
				}
				previous = link.entryHash();
				expectedPosition++;
				checked++;
				after = link.position();
			}
		}
		return new Verification(checked, unsealed(), null);
	}

	private static Optional<BrokenLink> check(Link link, long expectedPosition, String previous) {
		Row row = link.row();
		if (link.position() != expectedPosition) {
			return Optional.of(BrokenLink.of(link, null, BrokenLink.Reason.SEAL_MISSING));
		}
		if (row == null) {
			return Optional.of(BrokenLink.of(link, null, BrokenLink.Reason.ENTRY_MISSING));
		}
		if (!link.previousHash().equals(previous)) {
			return Optional.of(BrokenLink.of(link, row, BrokenLink.Reason.CHAIN_BROKEN));
		}
		if (!hash(previous, row).equals(link.entryHash())) {
			return Optional.of(BrokenLink.of(link, row, BrokenLink.Reason.ENTRY_CHANGED));
		}
		return Optional.empty();
	}

	private long unsealed() {
		return this.jdbc.sql(
				"select count(*) from audit_entry e where not exists (select 1 from audit_seal s where s.entry_seq = e.seq)")
			.query(Long.class)
			.single();
	}

	static String hash(String previous, Row row) {
		String content = String.join("\n", previous, Long.toString(row.seq()), row.id().toString(), row.subjectType(),
				row.subjectId().toString(), row.at().toString(), row.actor(), text(row.actorRole()), row.action(),
				text(row.statusBefore()), text(row.statusAfter()), text(row.detail()));
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(@Nullable String value) {
		return value == null ? "\u0000" : value;
	}

	private static Row row(ResultSet rs, int number) throws SQLException {
		return new Row(rs.getLong("seq"), rs.getObject("id", UUID.class), rs.getString("subject_type"),
				rs.getObject("subject_id", UUID.class), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("actor_role"), rs.getString("action"),
				rs.getString("status_before"), rs.getString("status_after"), rs.getString("detail"));
	}

	record Head(long position, String hash) {
	}

	/** An audit entry's content, as the seal covers it. */
	record Row(long seq, UUID id, String subjectType, UUID subjectId, Instant at, String actor,
			@Nullable String actorRole, String action, @Nullable String statusBefore, @Nullable String statusAfter,
			@Nullable String detail) {
	}

	record Link(long position, long entrySeq, String previousHash, String entryHash, @Nullable Row row) {
	}

	/**
	 * The outcome of a verification: how many seals were checked, how many entries still
	 * wait for theirs, and the first broken link, if any.
	 */
	public record Verification(long checked, long unsealed, @Nullable BrokenLink firstBroken) implements Serializable {

		public boolean intact() {
			return this.firstBroken == null;
		}

	}

	/** Where the chain breaks: the seal's position and the entry it covers. */
	public record BrokenLink(long position, long entrySeq, @Nullable UUID entryId, @Nullable Instant at,
			@Nullable String subjectType, @Nullable UUID subjectId, @Nullable String action,
			Reason reason) implements Serializable {

		static BrokenLink of(Link link, @Nullable Row row, Reason reason) {
			return new BrokenLink(link.position(), link.entrySeq(), row == null ? null : row.id(),
					row == null ? null : row.at(), row == null ? null : row.subjectType(),
					row == null ? null : row.subjectId(), row == null ? null : row.action(), reason);
		}

		/** What is wrong at the link; labels are {@code audit.chain.reason.*} keys. */
		public enum Reason {

			/** The entry's content no longer matches its seal. */
			ENTRY_CHANGED,
			/** The sealed entry is gone. */
			ENTRY_MISSING,
			/** A seal is gone: positions are not consecutive. */
			SEAL_MISSING,
			/** The seal does not follow the previous one. */
			CHAIN_BROKEN

		}

	}

}

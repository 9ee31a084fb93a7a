package kz.otinish.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table of DL-2 extensions: one row per extension, never deleted. */
@Repository
class ExtensionStore {

	private static final String COLUMNS = "id, appeal_id, extended_at, extended_by, extended_by_name, previous_due, "
			+ "new_due, reason, notify_by, notice_sent_at";

	private final JdbcClient jdbc;

	ExtensionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ExtensionView extension) {
		this.jdbc
			.sql("insert into appeal_extension (" + COLUMNS
					+ ") values (:id, :appealId, :at, :by, :byName, :previousDue, :newDue, :reason, :notifyBy, null)")
			.param("id", extension.id())
			.param("appealId", extension.appealId())
			.param("at", extension.extendedAt().atOffset(ZoneOffset.UTC))
			.param("by", extension.extendedBy())
			.param("byName", extension.extendedByName())
			.param("previousDue", extension.previousDue())
			.param("newDue", extension.newDue())
			.param("reason", extension.reason())
			.param("notifyBy", extension.notifyBy())
			.update();
	}

	/** Records the notice once; false if it was recorded already. */
	boolean markNoticeSent(UUID id, Instant at) {
		return this.jdbc
			.sql("update appeal_extension set notice_sent_at = :at where id = :id and notice_sent_at is null")
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update() == 1;
	}

	List<ExtensionView> ofAppeal(UUID appealId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from appeal_extension where appeal_id = :appealId order by extended_at")
			.param("appealId", appealId)
			.query((rs, row) -> new ExtensionView(rs.getObject("id", UUID.class), rs.getObject("appeal_id", UUID.class),
					rs.getObject("extended_at", OffsetDateTime.class).toInstant(), rs.getString("extended_by"),
					rs.getString("extended_by_name"), rs.getObject("previous_due", LocalDate.class),
					rs.getObject("new_due", LocalDate.class), rs.getString("reason"),
					rs.getObject("notify_by", LocalDate.class),
					instant(rs.getObject("notice_sent_at", OffsetDateTime.class))))
			.list();
	}

	Optional<ExtensionView> byId(UUID id) {
		return this.jdbc.sql("select appeal_id from appeal_extension where id = :id")
			.param("id", id)
			.query(UUID.class)
			.optional()
			.flatMap(appealId -> ofAppeal(appealId).stream().filter(found -> found.id().equals(id)).findFirst());
	}

	long count() {
		return this.jdbc.sql("select count(*) from appeal_extension").query(Long.class).single();
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

}

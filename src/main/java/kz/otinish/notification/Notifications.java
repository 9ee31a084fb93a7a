package kz.otinish.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-app notifications: written by this module's listeners, read by their recipients.
 */
@Service
public class Notifications {

	private static final String SEPARATOR = "\u001f";

	private final JdbcClient jdbc;

	private final Clock clock;

	Notifications(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	void notify(String recipient, String messageKey, List<NoticeArgument> arguments, String link) {
		this.jdbc.sql("""
				insert into notification (id, recipient, created_at, message_key, arguments, link)
				values (:id, :recipient, :createdAt, :key, :arguments, :link)""")
			.param("id", UUID.randomUUID())
			.param("recipient", recipient)
			.param("createdAt", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("key", messageKey)
			.param("arguments", String.join(SEPARATOR, NoticeTexts.stored(arguments)))
			.param("link", link)
			.update();
	}

	/** A person's notifications, newest first. */
	@Transactional(readOnly = true)
	public List<Notification> of(String recipient, int limit) {
		return this.jdbc.sql("""
				select id, recipient, created_at, message_key, arguments, link, read_at from notification
				where recipient = :recipient order by created_at desc""")
			.param("recipient", recipient)
			.query((rs, row) -> new Notification(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("message_key"),
					arguments(rs.getString("arguments")), rs.getString("link"),
					readAt(rs.getObject("read_at", OffsetDateTime.class))))
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	@Transactional(readOnly = true)
	public int unreadCount(String recipient) {
		return this.jdbc.sql("select count(*) from notification where recipient = :recipient and read_at is null")
			.param("recipient", recipient)
			.query(Integer.class)
			.single();
	}

	@Transactional
	public void markAllRead(String recipient) {
		this.jdbc.sql("update notification set read_at = :now where recipient = :recipient and read_at is null")
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("recipient", recipient)
			.update();
	}

	/**
	 * Retention: the notifications linking to an anonymised appeal keep their kind and
	 * date, every argument (names, subjects) is wiped.
	 */
	@org.springframework.modulith.events.ApplicationModuleListener
	void on(kz.otinish.appeal.AppealAnonymised event) {
		String link = "%/appeals/" + event.appealId() + "%";
		this.jdbc.sql("select id, arguments from notification where link like :link")
			.param("link", link)
			.query((rs, row) -> java.util.Map.entry(rs.getObject("id", UUID.class),
					arguments(rs.getString("arguments"))))
			.list()
			.forEach(
					found -> this.jdbc.sql("update notification set arguments = :arguments where id = :id")
						.param("arguments", String.join(SEPARATOR,
								java.util.Collections.nCopies(found.getValue().length,
										NoticeArgument.text(kz.otinish.appeal.AppealParticulars.WIPED).stored())))
						.param("id", found.getKey())
						.update());
	}

	private static String[] arguments(String joined) {
		return joined.isEmpty() ? new String[0] : Arrays.stream(joined.split(SEPARATOR, -1)).toArray(String[]::new);
	}

	private static Instant readAt(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

}

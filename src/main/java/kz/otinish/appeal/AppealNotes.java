package kz.otinish.appeal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import kz.otinish.identity.CurrentUser;
import kz.otinish.shared.NotFound;
import kz.otinish.shared.Refused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Internal notes staff leave each other on an appeal. Who may read and write them is the
 * access policy's: staff who may see the appeal ({@link AppealAccessPolicy#canSee}, so
 * never a person the appeal is about); never an applicant, whose appeal it is.
 */
@Service
public class AppealNotes {

	static final int MAX_LENGTH = 4000;

	private final AppealManagement appeals;

	private final AppealAccessPolicy policy;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	AppealNotes(AppealManagement appeals, AppealAccessPolicy policy, JdbcClient jdbc, ApplicationEventPublisher events,
			java.time.Clock clock) {
		this.appeals = appeals;
		this.policy = policy;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** May this person read and leave notes on this appeal? */
	public boolean mayUse(CurrentUser user, Appeal appeal) {
		return this.policy.seesNotes(user, appeal);
	}

	/** The notes on the appeal, oldest first; 404 for whoever may not see them. */
	@Transactional(readOnly = true)
	public List<AppealNote> of(UUID appealId, CurrentUser user) {
		Appeal appeal = this.appeals.get(appealId, user);
		if (!mayUse(user, appeal)) {
			throw NotFound.appeal();
		}
		return this.jdbc.sql("""
				select id, appeal_id, author_name, note_text, written_at from appeal_note
				where appeal_id = :id order by written_at, id""")
			.param("id", appealId)
			.query((rs, row) -> new AppealNote(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), rs.getString(4), rs.getObject(5, java.time.OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Leaves a note (audited {@code ADD_NOTE}); refused when empty or too long. */
	@Transactional
	public AppealNote add(UUID appealId, String text, CurrentUser user) {
		Appeal appeal = this.appeals.get(appealId, user);
		if (!mayUse(user, appeal)) {
			throw NotFound.appeal();
		}
		String note = text == null ? "" : text.strip();
		if (note.isEmpty()) {
			throw new Refused("appeal.note.empty");
		}
		if (note.length() > MAX_LENGTH) {
			throw new Refused("appeal.note.tooLong", MAX_LENGTH);
		}
		Instant now = this.clock.instant();
		AppealNote saved = new AppealNote(UUID.randomUUID(), appealId, user.fullName(), note, now);
		this.jdbc.sql("""
				insert into appeal_note (id, appeal_id, author_account, author_name, note_text, written_at)
				values (:id, :appeal, :account, :name, :text, :at)""")
			.param("id", saved.id())
			.param("appeal", appealId)
			.param("account", user.username())
			.param("name", user.fullName())
			.param("text", note)
			.param("at", now.atOffset(ZoneOffset.UTC))
			.update();
		this.events.publishEvent(new AppealNoteAdded(appealId, saved.id(), appeal.status(), now));
		return saved;
	}

}

package kz.otinish.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The meetings and their protocols over {@code review_meeting},
 * {@code review_agenda_item} and {@code review_attendance}; a meeting knows how many
 * decisions were recorded at it.
 */
@Repository
class Meetings {

	private final JdbcClient jdbc;

	Meetings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Meeting> find(UUID id) {
		return this.jdbc.sql("select * from review_meeting where id = :id").param("id", id).query(this::map).optional();
	}

	/** A forum's meetings, newest first. */
	List<Meeting> ofForum(String forumKey) {
		return this.jdbc.sql(
				"select * from review_meeting where forum_key = :forum order by meeting_date desc, protocol_number desc")
			.param("forum", forumKey)
			.query(this::map)
			.list();
	}

	/** The meetings an appeal was on the agenda of, oldest first. */
	List<Meeting> withAppeal(UUID appealId) {
		return this.jdbc.sql("""
				select m.* from review_meeting m join review_agenda_item a on a.meeting_id = m.id
				where a.appeal_id = :appeal order by m.meeting_date, m.protocol_number""")
			.param("appeal", appealId)
			.query(this::map)
			.list();
	}

	void add(Meeting meeting) {
		this.jdbc.sql("""
				insert into review_meeting (id, forum_key, body_code, commission_id, school_code, meeting_date,
				                            protocol_year, protocol_number, created_by, created_at)
				values (:id, :forum, :body, :commission, :school, :date, :year, :number, :by, :at)""")
			.param("id", meeting.id())
			.param("forum", meeting.forumKey())
			.param("body", meeting.bodyCode())
			.param("commission", meeting.commissionId())
			.param("school", meeting.schoolCode())
			.param("date", meeting.date())
			.param("year", meeting.protocolYear())
			.param("number", meeting.protocolNumber())
			.param("by", meeting.createdBy())
			.param("at", Rows.utc(meeting.createdAt()))
			.update();
		saveAgenda(meeting);
	}

	/**
	 * Writes what may change after scheduling: minutes, cancellation, agenda, attendance.
	 */
	void save(Meeting meeting) {
		this.jdbc.sql("update review_meeting set minutes = ?, cancelled_at = ?, cancel_reason = ? where id = ?")
			.params(meeting.minutes(), Rows.utcOrNull(meeting.cancelledAt()), meeting.cancelReason(), meeting.id())
			.update();
		saveAgenda(meeting);
		this.jdbc.sql("delete from review_attendance where meeting_id = ?").params(meeting.id()).update();
		List<AttendanceView> attendance = meeting.attendance();
		for (int i = 0; i < attendance.size(); i++) {
			AttendanceView member = attendance.get(i);
			this.jdbc.sql("""
					insert into review_attendance (meeting_id, sort_order, full_name, member_role, account, present)
					values (?, ?, ?, ?, ?, ?)""")
				.params(meeting.id(), i, member.fullName(), member.role(), member.account(), member.present())
				.update();
		}
	}

	private void saveAgenda(Meeting meeting) {
		this.jdbc.sql("delete from review_agenda_item where meeting_id = ?").params(meeting.id()).update();
		List<UUID> agenda = meeting.agenda();
		for (int i = 0; i < agenda.size(); i++) {
			this.jdbc.sql("insert into review_agenda_item (meeting_id, appeal_id, sort_order) values (?, ?, ?)")
				.params(meeting.id(), agenda.get(i), i)
				.update();
		}
	}

	private Meeting map(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<UUID> agenda = this.jdbc
			.sql("select appeal_id from review_agenda_item where meeting_id = ? order by sort_order")
			.params(id)
			.query(UUID.class)
			.list();
		List<AttendanceView> attendance = this.jdbc
			.sql("select * from review_attendance where meeting_id = ? order by sort_order")
			.params(id)
			.query((a, index) -> new AttendanceView(a.getString("full_name"), a.getString("member_role"),
					a.getString("account"), a.getBoolean("present")))
			.list();
		Integer decisions = this.jdbc.sql("select count(*) from review_decision where meeting_id = ?")
			.params(id)
			.query(Integer.class)
			.single();
		return new Meeting(id, rs.getString("forum_key"), rs.getString("body_code"),
				rs.getObject("commission_id", UUID.class), rs.getString("school_code"),
				rs.getObject("meeting_date", LocalDate.class), rs.getInt("protocol_year"), rs.getInt("protocol_number"),
				rs.getString("minutes"), agenda, attendance, rs.getString("created_by"), Rows.instant(rs, "created_at"),
				Rows.nullableInstant(rs, "cancelled_at"), rs.getString("cancel_reason"), decisions);
	}

}

package kz.otinish.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The extended commissions (REV-6) over {@code review_commission} and its members. */
@Repository
class Commissions {

	private final JdbcClient jdbc;

	Commissions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Commission> ofAppeal(UUID appealId) {
		return this.jdbc.sql("select * from review_commission where appeal_id = :id")
			.param("id", appealId)
			.query(this::map)
			.optional();
	}

	Optional<Commission> find(UUID id) {
		return this.jdbc.sql("select * from review_commission where id = :id")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	/**
	 * The commissions chaired by this account, and those of the school (for its
	 * secretary).
	 */
	List<Commission> chairedByOrOfSchool(String account, String school) {
		return this.jdbc.sql("select * from review_commission where chair_account = :account or school_code = :school")
			.param("account", account)
			.param("school", school)
			.query(this::map)
			.list();
	}

	void add(Commission commission) {
		this.jdbc.sql("""
				insert into review_commission (id, appeal_id, school_code, order_number, order_date, chair_name,
				                               chair_account, formed_at)
				values (:id, :appeal, :school, :number, :date, :chair, :account, :at)""")
			.param("id", commission.id())
			.param("appeal", commission.appealId())
			.param("school", commission.schoolCode())
			.param("number", commission.orderNumber())
			.param("date", commission.orderDate())
			.param("chair", commission.chairName())
			.param("account", commission.chairAccount())
			.param("at", Rows.utc(commission.formedAt()))
			.update();
		List<CommissionMember> members = commission.members();
		for (int i = 0; i < members.size(); i++) {
			CommissionMember member = members.get(i);
			this.jdbc.sql("""
					insert into review_commission_member (commission_id, sort_order, member_kind, full_name, represents)
					values (?, ?, ?, ?, ?)""")
				.params(commission.id(), i, member.kind().name(), member.fullName(), member.represents())
				.update();
		}
	}

	private Commission map(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<CommissionMember> members = this.jdbc
			.sql("select * from review_commission_member where commission_id = ? order by sort_order")
			.params(id)
			.query((member, index) -> new CommissionMember(MemberKind.valueOf(member.getString("member_kind")),
					member.getString("full_name"), member.getString("represents")))
			.list();
		return new Commission(id, rs.getObject("appeal_id", UUID.class), rs.getString("school_code"),
				rs.getString("order_number"), rs.getObject("order_date", LocalDate.class), rs.getString("chair_name"),
				rs.getString("chair_account"), Rows.instant(rs, "formed_at"), members);
	}

}

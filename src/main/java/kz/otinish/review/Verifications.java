package kz.otinish.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import kz.otinish.appeal.CheckedFile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Verifications over {@code review_argument} and {@code review_request}. */
@Repository
class Verifications {

	private final JdbcClient jdbc;

	Verifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Verification of(UUID appealId) {
		return new Verification(appealId,
				this.jdbc.sql("select * from review_argument where appeal_id = ? order by sort_order")
					.params(appealId)
					.query(Verifications::mapArgument)
					.list(),
				this.jdbc.sql("select * from review_request where appeal_id = ? order by requested_at")
					.params(appealId)
					.query(Verifications::mapRequest)
					.list());
	}

	Optional<ArgumentView> argument(UUID id) {
		return this.jdbc.sql("select * from review_argument where id = ?")
			.params(id)
			.query(Verifications::mapArgument)
			.optional();
	}

	Optional<RequestView> request(UUID id) {
		return this.jdbc.sql("select * from review_request where id = ?")
			.params(id)
			.query(Verifications::mapRequest)
			.optional();
	}

	Optional<ResponseFile> responseFile(UUID requestId) {
		return this.jdbc
			.sql("select file_name, content_type, content from review_request where id = ? and content is not null")
			.params(requestId)
			.query((rs, row) -> new ResponseFile(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional();
	}

	void save(Verification verification) {
		for (ArgumentView argument : verification.arguments()) {
			int updated = this.jdbc
				.sql("update review_argument set finding = ?, grounds = ?, found_at = ? where id = ?")
				.params(argument.finding() == null ? null : argument.finding().name(), argument.grounds(),
						Rows.utcOrNull(argument.foundAt()), argument.id())
				.update();
			if (updated == 0) {
				this.jdbc.sql("insert into review_argument (id, appeal_id, sort_order, argument) values (?, ?, ?, ?)")
					.params(argument.id(), argument.appealId(), argument.number(), argument.argument())
					.update();
			}
		}
		for (RequestView request : verification.requests()) {
			if (request(request.id()).isEmpty()) {
				this.jdbc.sql("""
						insert into review_request (id, appeal_id, unit_name, request_text, due_on, requested_by,
						                            requested_at)
						values (?, ?, ?, ?, ?, ?, ?)""")
					.params(request.id(), request.appealId(), request.unitName(), request.text(), request.dueOn(),
							request.requestedBy(), Rows.utc(request.requestedAt()))
					.update();
			}
		}
		for (Map.Entry<UUID, Verification.Response> entry : verification.responses().entrySet()) {
			CheckedFile file = entry.getValue().file();
			this.jdbc
				.sql("""
						update review_request set response_note = ?, file_name = ?, content_type = ?, sha256 = ?, content = ?,
						       responded_at = ? where id = ?""")
				.params(entry.getValue().note(), file == null ? null : file.fileName(),
						file == null ? null : file.contentType(), file == null ? null : file.sha256(),
						file == null ? null : file.content(), Rows.utc(entry.getValue().at()), entry.getKey())
				.update();
		}
	}

	private static ArgumentView mapArgument(ResultSet rs, int row) throws SQLException {
		String finding = rs.getString("finding");
		return new ArgumentView(rs.getObject("id", UUID.class), rs.getObject("appeal_id", UUID.class),
				rs.getInt("sort_order"), rs.getString("argument"), finding == null ? null : Finding.valueOf(finding),
				rs.getString("grounds"), Rows.nullableInstant(rs, "found_at"));
	}

	private static RequestView mapRequest(ResultSet rs, int row) throws SQLException {
		return new RequestView(rs.getObject("id", UUID.class), rs.getObject("appeal_id", UUID.class),
				rs.getString("unit_name"), rs.getString("request_text"), rs.getObject("due_on", LocalDate.class),
				rs.getString("requested_by"), Rows.instant(rs, "requested_at"), rs.getString("response_note"),
				rs.getString("file_name"), rs.getString("sha256"), Rows.nullableInstant(rs, "responded_at"));
	}

}

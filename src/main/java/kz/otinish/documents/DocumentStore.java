package kz.otinish.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import kz.otinish.shared.Language;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The issued documents: inserted once, never changed. */
@Repository
class DocumentStore {

	private static final String COLUMNS = "id, appeal_id, kind, version, language, file_name, sha256, size_bytes, issued_at, issued_by";

	private final JdbcClient jdbc;

	DocumentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(IssuedDocument document, byte[] content, String snapshot, @Nullable UUID meetingId) {
		this.jdbc
			.sql("insert into issued_document (id, appeal_id, kind, version, language, file_name, content, sha256, "
					+ "size_bytes, snapshot, issued_at, issued_by, meeting_id) values (:id, :appeal, :kind, :version, "
					+ ":language, :fileName, :content, :sha256, :size, :snapshot, :issuedAt, :issuedBy, :meeting)")
			.param("id", document.id())
			.param("appeal", document.appealId())
			.param("kind", document.kind().name())
			.param("version", document.version())
			.param("language", document.language().name())
			.param("fileName", document.fileName())
			.param("content", content)
			.param("sha256", document.sha256())
			.param("size", document.size())
			.param("snapshot", snapshot)
			.param("issuedAt", OffsetDateTime.ofInstant(document.issuedAt(), ZoneOffset.UTC))
			.param("issuedBy", document.issuedBy())
			.param("meeting", meetingId)
			.update();
	}

	/**
	 * The protocols issued for a meeting, newest first (one row per appeal on its
	 * agenda).
	 */
	List<IssuedDocument> protocolsOf(UUID meetingId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from issued_document where meeting_id = :meeting and kind = :kind "
					+ "order by issued_at desc, version desc")
			.param("meeting", meetingId)
			.param("kind", DocumentKind.PROTOCOL.name())
			.query(DocumentStore::document)
			.list();
	}

	/** Every issued document of the appeal, by kind and version. */
	List<IssuedDocument> of(UUID appealId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from issued_document where appeal_id = :appeal order by kind, version")
			.param("appeal", appealId)
			.query(DocumentStore::document)
			.list();
	}

	Optional<IssuedDocument> latest(UUID appealId, DocumentKind kind) {
		return this.jdbc
			.sql("select " + COLUMNS + " from issued_document where appeal_id = :appeal and kind = :kind "
					+ "order by version desc")
			.param("appeal", appealId)
			.param("kind", kind.name())
			.query(DocumentStore::document)
			.list()
			.stream()
			.findFirst();
	}

	byte[] content(UUID id) {
		return this.jdbc.sql("select content from issued_document where id = :id")
			.param("id", id)
			.query((rs, row) -> rs.getBytes(1))
			.single();
	}

	String snapshot(UUID id) {
		return this.jdbc.sql("select snapshot from issued_document where id = :id")
			.param("id", id)
			.query((rs, row) -> rs.getString(1))
			.single();
	}

	private static IssuedDocument document(ResultSet rs, int row) throws SQLException {
		Instant issuedAt = rs.getObject("issued_at", OffsetDateTime.class).toInstant();
		return new IssuedDocument(rs.getObject("id", UUID.class), rs.getObject("appeal_id", UUID.class),
				DocumentKind.valueOf(rs.getString("kind")), rs.getInt("version"),
				Language.valueOf(rs.getString("language")), rs.getString("file_name"), rs.getString("sha256"),
				rs.getInt("size_bytes"), issuedAt, rs.getString("issued_by"));
	}

}

package kz.otinish.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import kz.otinish.appeal.Appeal;
import kz.otinish.appeal.AppealManagement;
import kz.otinish.appeal.Attachment;
import kz.otinish.appeal.CoApplicant;
import kz.otinish.appeal.Registration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the search document of one appeal from its current state: the number, the names,
 * the subject, the text and the text of its files (extracted once, kept in
 * {@code attachment_text}). Two writers of the same appeal take turns on the document's
 * row, so the last one writes what both saw committed.
 */
@Component
class SearchIndex {

	/**
	 * The version of {@link SearchText}'s normalization; rows written by an older one are
	 * rewritten by {@link SearchBackfill}.
	 */
	static final int FORMAT = 1;

	private final AppealManagement appeals;

	private final JdbcClient jdbc;

	private final SearchDialect dialect;

	private final TextExtraction extraction;

	private final Clock clock;

	SearchIndex(AppealManagement appeals, JdbcClient jdbc, SearchDialect dialect, TextExtraction extraction,
			Clock clock) {
		this.appeals = appeals;
		this.jdbc = jdbc;
		this.dialect = dialect;
		this.extraction = extraction;
		this.clock = clock;
	}

	/** (Re)writes the appeal's document; an appeal that no longer exists has none. */
	@Transactional
	public void refresh(UUID appealId) {
		Appeal appeal = this.appeals.find(appealId).orElse(null);
		if (appeal == null) {
			this.jdbc.sql("delete from appeal_search where appeal_id = ?").param(appealId).update();
			return;
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql(this.dialect.ensureRowSql()).params(appealId, now).update();
		// take turns with any other writer of this appeal's document
		this.jdbc.sql("select appeal_id from appeal_search where appeal_id = ? for update")
			.param(appealId)
			.query(UUID.class)
			.list();
		List<String> files = fileTexts(appeal, now);
		String number = appeal.registration().map(Registration::number).orElse("");
		this.jdbc.sql("""
				update appeal_search set number_key = ?, head_words = ?, subject_words = ?, body_words = ?,
				 file_words = ?, format = ?, indexed_at = ? where appeal_id = ?""")
			.params(SearchText.numberKey(number), SearchText.document(4000, number, names(appeal)),
					SearchText.document(1000, appeal.subject()), SearchText.document(1_000_000, appeal.text()),
					SearchText.document(1_000_000, files.toArray(String[]::new)), FORMAT, now, appealId)
			.update();
	}

	/**
	 * Retention: the appeal's files were wiped, so is their extracted text (the next
	 * refresh extracts the empty files again).
	 */
	@Transactional
	public void forgetFiles(UUID appealId) {
		this.jdbc.sql("delete from attachment_text where appeal_id = ?").param(appealId).update();
	}

	/** The applicant's, the representative's and the co-applicants' names. */
	static String names(Appeal appeal) {
		List<String> names = new ArrayList<>();
		if (appeal.applicant().fullName() != null) {
			names.add(appeal.applicant().fullName());
		}
		appeal.representative().ifPresent(representative -> names.add(representative.fullName()));
		appeal.coApplicants().stream().map(CoApplicant::fullName).forEach(names::add);
		return String.join(", ", names);
	}

	private List<String> fileTexts(Appeal appeal, Timestamp now) {
		Set<UUID> extracted = new HashSet<>(
				this.jdbc.sql("select attachment_id from attachment_text where appeal_id = ?")
					.param(appeal.id())
					.query(UUID.class)
					.list());
		for (Attachment file : this.appeals.attachments(appeal)) {
			if (extracted.add(file.id())) {
				this.jdbc.sql("""
						insert into attachment_text (attachment_id, appeal_id, file_name, extracted, extracted_at)
						values (?, ?, ?, ?, ?)""")
					.params(file.id(), appeal.id(), file.fileName(),
							this.extraction.text(file.contentType(), file.content()), now)
					.update();
			}
		}
		return this.jdbc.sql("select extracted from attachment_text where appeal_id = ? order by file_name")
			.param(appeal.id())
			.query(String.class)
			.list();
	}

	/**
	 * The extracted text of these appeals' files, each appeal's by file name, for
	 * snippets: one query for a page of hits.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<FileText>> files(Collection<UUID> appealIds) {
		if (appealIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, List<FileText>> files = new HashMap<>();
		this.jdbc
			.sql("select appeal_id, file_name, extracted from attachment_text"
					+ " where appeal_id in (:ids) and extracted <> '' order by file_name")
			.param("ids", appealIds)
			.query((rs) -> {
				files.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
					.add(new FileText(rs.getString(2), rs.getString(3)));
			});
		return files;
	}

	/** A file's name and its extracted text. */
	record FileText(String fileName, String text) {
	}

}

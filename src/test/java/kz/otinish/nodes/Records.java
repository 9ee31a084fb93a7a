package kz.otinish.nodes;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks that hold for any database of Otinish, whatever happened to it: the journals
 * are gapless, registration numbers and journal entries agree, and every stored file is
 * the bytes its row describes.
 */
final class Records {

	private Records() {
	}

	/**
	 * INT-1, TERM-7: per journal and year, the sequence numbers are 1..n with no gap and
	 * no duplicate, the counter stands at n, every registered appeal has exactly one
	 * entry with its number and every entry an appeal with that number.
	 */
	static void journalsAreWhole(NodeDatabase database) {
		List<Map<String, Object>> journals = database
			.rows("select journal_code, registration_year, count(*) as entries,"
					+ " count(distinct sequence_number) as distinct_numbers, min(sequence_number) as first,"
					+ " max(sequence_number) as last from journal_entry group by journal_code, registration_year");
		assertThat(journals).as("journal entries in " + database).isNotEmpty();
		for (Map<String, Object> journal : journals) {
			long entries = ((Number) journal.get("entries")).longValue();
			assertThat(journal.get("distinct_numbers")).as("no duplicate number: " + journal)
				.isEqualTo(journal.get("entries"));
			assertThat(((Number) journal.get("first")).longValue()).as("starts at 1: " + journal).isEqualTo(1);
			assertThat(((Number) journal.get("last")).longValue()).as("no gap: " + journal).isEqualTo(entries);
			long counter = database.count(
					"select last_sequence from journal_counter where journal_code = ? and registration_year = ?",
					journal.get("journal_code"), journal.get("registration_year"));
			assertThat(counter).as("the counter of " + journal).isEqualTo(entries);
		}
		assertThat(database.count("select count(*) from appeal a where a.registration_number is not null and"
				+ " (select count(*) from journal_entry j where j.appeal_id = a.id"
				+ " and j.registration_number = a.registration_number) <> 1"))
			.as("registered appeals without exactly one journal entry of their number")
			.isZero();
		assertThat(database.count("select count(*) from journal_entry j where not exists (select 1 from appeal a"
				+ " where a.id = j.appeal_id and a.registration_number = j.registration_number)"))
			.as("journal entries without their appeal")
			.isZero();
	}

	/** Every file's bytes hash to the hash and length its row records. */
	static void filesAreWhole(NodeDatabase database) {
		assertThat(database.count("select count(*) from attachment"
				+ " where encode(sha256(content), 'hex') <> sha256 or length(content) <> size_bytes"))
			.as("attachments whose bytes differ from their row")
			.isZero();
	}

	/** The hashes of each appeal's files, by the appeal's subject. */
	static Map<String, List<String>> fileHashesBySubject(NodeDatabase database) {
		Map<String, List<String>> bySubject = new TreeMap<>();
		for (Map<String, Object> row : database
			.rows("select a.subject, encode(sha256(f.content), 'hex') as hash from appeal a"
					+ " left join attachment f on f.appeal_id = a.id")) {
			List<String> hashes = bySubject.computeIfAbsent((String) row.get("subject"),
					subject -> new java.util.ArrayList<>());
			if (row.get("hash") != null) {
				hashes.add((String) row.get("hash"));
			}
		}
		bySubject.replaceAll((subject, hashes) -> hashes.stream().sorted().collect(Collectors.toList()));
		return bySubject;
	}

}

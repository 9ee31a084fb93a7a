package kz.otinish.search;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

/**
 * H2 (the embedded default): each stem must start a word of one of the document's folded
 * word columns ({@code LIKE '% stem%'}), or the number key holds the typed number; the
 * rank adds, for each stem, the weight of the best field it starts a word in (names,
 * subject, text, files, as PostgreSQL's weights A to D), and more for the number.
 */
class H2Search implements SearchDialect {

	@Override
	public Predicate matches(Expression<UUID> appealId, SearchQuery query, CriteriaBuilder cb) {
		List<Predicate> words = new ArrayList<>();
		for (String stem : query.stems()) {
			words.add(cb.isTrue(cb.function(SearchFunctions.H2_WORD, Boolean.class, appealId,
					cb.literal(SearchQuery.wordPattern(stem)))));
		}
		Predicate all = cb.and(words.toArray(Predicate[]::new));
		if (query.numberKey() == null) {
			return all;
		}
		Predicate number = cb
			.isTrue(cb.function(SearchFunctions.H2_NUMBER, Boolean.class, appealId, cb.literal(query.numberPattern())));
		return words.isEmpty() ? number : cb.or(all, number);
	}

	@Override
	public Expression<? extends Number> rank(Expression<UUID> appealId, SearchQuery query, CriteriaBuilder cb) {
		Expression<Integer> rank = cb.function(SearchFunctions.H2_NUMBER_RANK, Integer.class, appealId,
				cb.literal(query.numberPattern()), cb.literal(query.exactNumber()));
		for (String stem : query.stems()) {
			rank = cb.sum(rank, cb.function(SearchFunctions.H2_STEM_RANK, Integer.class, appealId,
					cb.literal(SearchQuery.wordPattern(stem))));
		}
		return rank;
	}

	@Override
	public String ensureRowSql() {
		// H2 has no "on conflict do nothing": an existing row is emptied here, and
		// rewritten by the same transaction before anyone else can read it
		return """
				merge into appeal_search (appeal_id, number_key, head_words, subject_words, body_words, file_words,
				 format, indexed_at) key (appeal_id) values (?, '', ' ', ' ', ' ', ' ', 0, ?)""";
	}

}

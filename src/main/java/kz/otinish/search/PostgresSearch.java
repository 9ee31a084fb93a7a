package kz.otinish.search;

import java.util.UUID;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

/**
 * PostgreSQL: the document's weighted {@code tsvector} (GIN index) against a prefix
 * {@code tsquery} in the 'simple' configuration (the stems come from {@link SearchText},
 * so both databases cut words the same way), ranked by {@code ts_rank} of any stem (so
 * each word counts by the best field it is in); the number key by {@code LIKE} on its
 * trigram index.
 */
class PostgresSearch implements SearchDialect {

	@Override
	public Predicate matches(Expression<UUID> appealId, SearchQuery query, CriteriaBuilder cb) {
		if (query.stems().isEmpty()) {
			return cb.isTrue(
					cb.function(SearchFunctions.PG_NUMBER, Boolean.class, appealId, cb.literal(query.numberPattern())));
		}
		if (query.numberKey() == null) {
			return cb
				.isTrue(cb.function(SearchFunctions.PG_WORDS, Boolean.class, appealId, cb.literal(query.tsquery())));
		}
		return cb.isTrue(cb.function(SearchFunctions.PG_WORDS_OR_NUMBER, Boolean.class, appealId,
				cb.literal(query.tsquery()), cb.literal(query.numberPattern())));
	}

	@Override
	public Expression<? extends Number> rank(Expression<UUID> appealId, SearchQuery query, CriteriaBuilder cb) {
		return cb.function(SearchFunctions.PG_RANK, Double.class, appealId, cb.literal(query.anyTsquery()),
				cb.literal(query.numberPattern()), cb.literal(query.exactNumber()));
	}

	@Override
	public String ensureRowSql() {
		return """
				insert into appeal_search (appeal_id, number_key, head_words, subject_words, body_words, file_words,
				 format, indexed_at) values (?, '', ' ', ' ', ' ', ' ', 0, ?) on conflict (appeal_id) do nothing""";
	}

}

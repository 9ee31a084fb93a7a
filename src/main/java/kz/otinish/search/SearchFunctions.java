package kz.otinish.search;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.BasicType;
import org.hibernate.type.StandardBasicTypes;

/**
 * The SQL of the search predicates, registered with Hibernate (through
 * {@code META-INF/services}) so that a criteria query over appeals can narrow by the
 * search document, a table no entity maps: PostgreSQL's {@code tsvector} column and H2's
 * word columns. Each renders as a semi-join on the appeal's id, so PostgreSQL drives the
 * query from the GIN index.
 */
public class SearchFunctions implements FunctionContributor {

	static final String PG_WORDS = "otinish_search_pg_words";

	static final String PG_NUMBER = "otinish_search_pg_number";

	static final String PG_WORDS_OR_NUMBER = "otinish_search_pg_words_or_number";

	static final String PG_RANK = "otinish_search_pg_rank";

	static final String H2_WORD = "otinish_search_h2_word";

	static final String H2_NUMBER = "otinish_search_h2_number";

	static final String H2_STEM_RANK = "otinish_search_h2_stem_rank";

	static final String H2_NUMBER_RANK = "otinish_search_h2_number_rank";

	@Override
	public void contributeFunctions(FunctionContributions contributions) {
		var registry = contributions.getFunctionRegistry();
		var types = contributions.getTypeConfiguration().getBasicTypeRegistry();
		BasicType<Boolean> bool = types.resolve(StandardBasicTypes.BOOLEAN);
		registry.registerPattern(PG_WORDS, "(?1 in (select s.appeal_id from appeal_search s"
				+ " where s.document @@ to_tsquery('simple'::regconfig, ?2)))", bool);
		registry.registerPattern(PG_NUMBER,
				"(?1 in (select s.appeal_id from appeal_search s where s.number_key like ?2))", bool);
		registry.registerPattern(PG_WORDS_OR_NUMBER, "(?1 in (select s.appeal_id from appeal_search s"
				+ " where s.document @@ to_tsquery('simple'::regconfig, ?2) or s.number_key like ?3))", bool);
		// the rank: any stem (an OR query, so that each word counts by the best field it
		// is
		// in), plus 2 for the exact number, 1 for a number that holds the typed one
		registry.registerPattern(PG_RANK,
				"(select ts_rank(s.document, to_tsquery('simple'::regconfig, ?2))"
						+ " + case when s.number_key = ?4 then 2 when s.number_key like ?3 then 1 else 0 end"
						+ " from appeal_search s where s.appeal_id = ?1)",
				types.resolve(StandardBasicTypes.DOUBLE));
		registry.registerPattern(H2_WORD, "(?1 in (select s.appeal_id from appeal_search s where s.head_words like ?2"
				+ " or s.subject_words like ?2 or s.body_words like ?2 or s.file_words like ?2))", bool);
		registry.registerPattern(H2_NUMBER,
				"(?1 in (select s.appeal_id from appeal_search s where s.number_key like ?2))", bool);
		// per stem: the weight of the best field it starts a word in (as PostgreSQL's
		// A..D)
		registry.registerPattern(H2_STEM_RANK,
				"(select case when s.head_words like ?2 then 8 when s.subject_words like ?2 then 4"
						+ " when s.body_words like ?2 then 2 when s.file_words like ?2 then 1 else 0 end"
						+ " from appeal_search s where s.appeal_id = ?1)",
				types.resolve(StandardBasicTypes.INTEGER));
		registry
			.registerPattern(H2_NUMBER_RANK,
					"(select case when s.number_key = ?3 then 32 when s.number_key like ?2 then 16 else 0 end"
							+ " from appeal_search s where s.appeal_id = ?1)",
					types.resolve(StandardBasicTypes.INTEGER));
	}

}

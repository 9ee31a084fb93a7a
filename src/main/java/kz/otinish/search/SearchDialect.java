package kz.otinish.search;

import java.util.UUID;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

/**
 * The database's part of search, one implementation per vendor ({@link PostgresSearch},
 * {@link H2Search}), proven by the same tests: which appeals a query matches, how well,
 * and how a search document row is created without a race between two listeners.
 */
interface SearchDialect {

	/** The appeal with this id matches every stem, or the number key. */
	Predicate matches(Expression<UUID> appealId, SearchQuery query, CriteriaBuilder cb);

	/**
	 * How well the appeal matches, higher first: the number and names above the subject,
	 * the subject above the text, the text above the files.
	 */
	Expression<? extends Number> rank(Expression<UUID> appealId, SearchQuery query, CriteriaBuilder cb);

	/**
	 * SQL that creates an empty document row for the appeal (parameters: appeal id, the
	 * time) unless one exists, never failing when another transaction just did.
	 */
	String ensureRowSql();

}

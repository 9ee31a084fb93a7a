package kz.otinish.appeal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/** Filters as JPA specifications; they run the same on H2 and PostgreSQL. */
final class AppealQueries {

	private AppealQueries() {
	}

	static Specification<Appeal> matching(AppealFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.status() != null) {
				predicates.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.kind() != null) {
				predicates.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.schoolCode() != null) {
				predicates.add(cb.equal(root.get("schoolCode"), filter.schoolCode()));
			}
			if (filter.channel() != null) {
				predicates.add(cb.equal(root.get("channel"), filter.channel()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	static Specification<Appeal> inStatus(java.util.Collection<AppealStatus> statuses) {
		return (root, query, cb) -> root.get("status").in(statuses);
	}

	/** The review period ends on or before the day (DL-1, DL-2). */
	static Specification<Appeal> dueOnOrBefore(java.time.LocalDate day) {
		return (root, query, cb) -> cb.lessThanOrEqualTo(root.get("reviewDueOn"), day);
	}

}

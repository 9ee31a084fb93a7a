package kz.otinish.appeal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/** Filters as JPA specifications; they run the same on H2 and PostgreSQL. */
final class AppealQueries {

	private AppealQueries() {
	}

	/**
	 * The filter as a query; {@code today} (in the clock's {@code zone}) decides what is
	 * overdue and where a day of receipt begins and ends.
	 */
	static Specification<Appeal> matching(AppealFilter filter, java.time.Clock clock) {
		java.time.ZoneId zone = clock.getZone();
		java.time.LocalDate today = java.time.LocalDate.now(clock);
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.status() != null) {
				predicates.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.kind() != null) {
				predicates.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (AppealFilter.NO_SCHOOL.equals(filter.schoolCode())) {
				predicates.add(cb.isNull(root.get("schoolCode")));
			}
			else if (filter.schoolCode() != null) {
				predicates.add(cb.equal(root.get("schoolCode"), filter.schoolCode()));
			}
			if (filter.channel() != null) {
				predicates.add(cb.equal(root.get("channel"), filter.channel()));
			}
			if (filter.category() != null) {
				predicates.add(cb.equal(root.get("category"), filter.category()));
			}
			if (filter.applicantType() != null) {
				predicates.add(cb.equal(root.get("applicant").get("type"), filter.applicantType()));
			}
			if (filter.levelOfStudy() != null) {
				predicates.add(cb.equal(root.get("applicant").get("levelOfStudy"), filter.levelOfStudy()));
			}
			if (filter.body() != null) {
				predicates.add(cb.equal(root.get("routing").get("body"), filter.body()));
			}
			if (filter.executor() != null) {
				predicates.add(cb.equal(root.get("routing").get("executorAccount"), filter.executor()));
			}
			if (filter.outcome() != null) {
				predicates.add(cb.equal(root.get("decided").get("outcome"), filter.outcome()));
			}
			if (filter.receivedFrom() != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("receivedAt"),
						filter.receivedFrom().atStartOfDay(zone).toInstant()));
			}
			if (filter.receivedTo() != null) {
				predicates.add(cb.lessThan(root.get("receivedAt"),
						filter.receivedTo().plusDays(1).atStartOfDay(zone).toInstant()));
			}
			if (filter.registered() != null) {
				var received = cb.equal(root.get("status"), AppealStatus.RECEIVED);
				predicates.add(filter.registered() ? cb.not(received) : received);
			}
			if (filter.repeated() != null) {
				var repeated = cb.isNotNull(root.get("repeatGround"));
				predicates.add(filter.repeated() ? repeated : cb.not(repeated));
			}
			if (filter.extended() != null) {
				predicates.add(cb.equal(root.get("reviewExtended"), filter.extended()));
			}
			if (Boolean.TRUE.equals(filter.overdue())) {
				predicates.add(root.get("status").in(AppealStatus.OPEN));
				predicates.add(cb.lessThan(root.get("reviewDueOn"), today));
			}
			if (filter.answered() != null) {
				predicates.add(cb.isNotNull(root.get("answer").get("answeredOn")));
				if (filter.answered() != AppealFilter.Timeliness.ANSWERED) {
					predicates.add(cb.equal(root.get("answer").get("inTime"),
							filter.answered() == AppealFilter.Timeliness.IN_TIME));
				}
			}
			if (filter.verdict() == AppealFilter.VerdictFilter.AGREED) {
				predicates.add(cb.isTrue(root.get("applicantAgreed")));
			}
			else if (filter.verdict() == AppealFilter.VerdictFilter.COMPLAINED) {
				var complaint = query.subquery(Integer.class);
				var filed = complaint.from(Appeal.class);
				complaint.select(cb.literal(1))
					.where(cb.equal(filed.get("earlierAppealId"), root.get("id")),
							cb.equal(filed.get("kind"), AppealKind.COMPLAINT));
				predicates.add(cb.isNotNull(root.get("answer").get("answeredOn")));
				predicates.add(cb.exists(complaint));
			}
			if (Boolean.TRUE.equals(filter.changed())) {
				predicates.add(cb.equal(root.get("kind"), AppealKind.COMPLAINT));
				predicates.add(root.get("decided").get("outcome").in(Outcome.SATISFIED, Outcome.PARTLY_SATISFIED));
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

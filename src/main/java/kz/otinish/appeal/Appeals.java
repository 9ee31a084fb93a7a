package kz.otinish.appeal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.ListCrudRepository;

/** All appeals. */
interface Appeals extends ListCrudRepository<Appeal, UUID>, JpaSpecificationExecutor<Appeal> {

	Optional<Appeal> findByTrackingCode(String trackingCode);

	List<Appeal> findTop50ByStatusOrderByReceivedAtAsc(AppealStatus status);

	long countByStatus(AppealStatus status);

	/**
	 * STAT-1: how many appeals each school has in each status (no contents, only counts).
	 */
	@org.springframework.data.jpa.repository.Query("""
			select new kz.otinish.appeal.StatusCount(a.schoolCode, a.status, count(a))
			from Appeal a group by a.schoolCode, a.status""")
	List<StatusCount> countBySchoolAndStatus();

	List<Appeal> findTop50ByApplicantUserIdOrderByReceivedAtDesc(UUID applicantUserId);

	List<Appeal> findTop50ByApplicantEmailIgnoreCaseOrderByReceivedAtDesc(String email);

	List<Appeal> findTop50ByApplicantFullNameIgnoreCaseOrderByReceivedAtDesc(String fullName);

	List<Appeal> findByStatusIn(java.util.Collection<AppealStatus> statuses);

	/**
	 * The ids of the appeals in these statuses whose review deadline falls before
	 * {@code before} (index {@code appeal_status_due_idx}).
	 */
	@org.springframework.data.jpa.repository.Query("""
			select a.id from Appeal a where a.status in :statuses and a.reviewDueOn < :before""")
	List<UUID> findIdsByReviewDueBefore(java.util.Collection<AppealStatus> statuses, java.time.LocalDate before);

	/**
	 * The ids of the appeals in these statuses whose DL-3 return deadline falls before
	 * {@code before}.
	 */
	@org.springframework.data.jpa.repository.Query("""
			select a.id from Appeal a join a.deadlines d
			where a.status in :statuses and d.kind = kz.otinish.calendar.DeadlineKind.RETURN and d.dueOn < :before""")
	List<UUID> findIdsByReturnDueBefore(java.util.Collection<AppealStatus> statuses, java.time.LocalDate before);

}

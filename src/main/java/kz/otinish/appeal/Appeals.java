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
	 * The open appeals whose review deadline falls before {@code reviewBefore}, or that
	 * await triage with the return deadline (DL-3) before {@code returnBefore}.
	 */
	@org.springframework.data.jpa.repository.Query("""
			select a.id from Appeal a
			where a.status in :open
			  and (a.reviewDueOn < :reviewBefore
			    or (a.status in :triage and exists (
			      select 1 from Appeal b join b.deadlines d
			      where b.id = a.id and d.kind = kz.otinish.calendar.DeadlineKind.RETURN and d.dueOn < :returnBefore)))
			order by a.id""")
	List<UUID> findOpenIdsDueBefore(java.util.Collection<AppealStatus> open, java.util.Collection<AppealStatus> triage,
			java.time.LocalDate reviewBefore, java.time.LocalDate returnBefore);

}

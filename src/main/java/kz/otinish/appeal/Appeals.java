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

}

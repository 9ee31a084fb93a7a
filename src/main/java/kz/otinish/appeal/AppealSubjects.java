package kz.otinish.appeal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface AppealSubjects extends ListCrudRepository<AppealSubject, UUID> {

	List<AppealSubject> findByAppealIdOrderByRecordedAt(UUID appealId);

	/**
	 * Is this account a subject of the appeal: by its id, or by a username recorded
	 * before ids were kept (in any case).
	 */
	@Query("""
			select count(s) > 0 from AppealSubject s where s.appealId = :appealId
			  and (s.accountId = :accountId or lower(s.account) = lower(:username))""")
	boolean isSubject(@Param("appealId") UUID appealId, @Param("accountId") UUID accountId,
			@Param("username") String username);

	/** Which of these appeals this account is a subject of (as {@link #isSubject}). */
	@Query("""
			select distinct s.appealId from AppealSubject s where s.appealId in :appealIds
			  and (s.accountId = :accountId or lower(s.account) = lower(:username))""")
	List<UUID> subjectOf(@Param("appealIds") java.util.Collection<UUID> appealIds, @Param("accountId") UUID accountId,
			@Param("username") String username);

}

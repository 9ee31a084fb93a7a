package kz.otinish.appeal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface AppealSubjects extends ListCrudRepository<AppealSubject, UUID> {

	List<AppealSubject> findByAppealIdOrderByRecordedAt(UUID appealId);

	boolean existsByAppealIdAndAccount(UUID appealId, String account);

}

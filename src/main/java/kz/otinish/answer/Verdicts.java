package kz.otinish.answer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Verdicts extends ListCrudRepository<Verdict, UUID> {

	List<Verdict> findByAppealIdOrderBySaidAtAsc(UUID appealId);

	Optional<Verdict> findFirstByComplaintAppealId(UUID complaintAppealId);

}

package kz.otinish.answer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface AnswerDrafts extends ListCrudRepository<AnswerDraft, UUID> {

	List<AnswerDraft> findByAppealIdOrderByRevisionAsc(UUID appealId);

	Optional<AnswerDraft> findFirstByAppealIdOrderByRevisionDesc(UUID appealId);

	Optional<AnswerDraft> findFirstByAppealIdAndState(UUID appealId, DraftState state);

}

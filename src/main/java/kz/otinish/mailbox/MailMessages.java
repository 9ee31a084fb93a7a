package kz.otinish.mailbox;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MailMessages extends ListCrudRepository<MailMessage, UUID> {

	String SUMMARY = "select new kz.otinish.mailbox.MailSummary(m.id, m.mailbox, m.schoolCode, m.sender, m.subject,"
			+ " m.receivedAt, m.size, m.appealId, m.status, m.notes, m.acknowledgedAt) from MailMessage m";

	boolean existsByMessageKey(String messageKey);

	Optional<MailMessage> findByMessageKey(String messageKey);

	Optional<MailMessage> findFirstByAppealId(UUID appealId);

	List<MailMessage> findByMailbox(String mailbox);

	@Query(value = SUMMARY + " order by m.receivedAt desc, m.id", countQuery = "select count(m) from MailMessage m")
	Page<MailSummary> summaries(Pageable page);

	@Query(value = SUMMARY + " where m.schoolCode = ?1 order by m.receivedAt desc, m.id",
			countQuery = "select count(m) from MailMessage m where m.schoolCode = ?1")
	Page<MailSummary> summariesOfSchool(String schoolCode, Pageable page);

}

package kz.otinish.registration;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface JournalEntries extends ListCrudRepository<JournalEntry, UUID> {

	Optional<JournalEntry> findByAppealId(UUID appealId);

	@Query("""
			select e from JournalEntry e
			where e.journalCode = :journalCode and e.receivedAt >= :from and e.receivedAt < :until
			order by e.year, e.sequence""")
	Page<JournalEntry> findInPeriod(String journalCode, Instant from, Instant until, Pageable pageable);

}

package kz.otinish.appeal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Attachments extends ListCrudRepository<Attachment, UUID> {

	/** Metadata only; the content is loaded when a file is downloaded. */
	@Query("select a from Attachment a where a.appealId = ?1 order by a.uploadedAt, a.fileName")
	List<Attachment> findByAppealId(UUID appealId);

}

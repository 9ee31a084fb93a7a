package kz.otinish.appeal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention of personal data (Law No. 94-V): finds the appeals closed before a moment and
 * wipes the personal data of one, with its files, co-applicants and the names of the
 * persons it is about. Other modules wipe theirs on {@link AppealAnonymised}.
 */
@Service
public class AppealPersonalData {

	private final Appeals appeals;

	private final Attachments attachments;

	private final JdbcClient jdbc;

	private final Clock clock;

	AppealPersonalData(Appeals appeals, Attachments attachments, JdbcClient jdbc, Clock clock) {
		this.appeals = appeals;
		this.attachments = attachments;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every appeal linked to the applicant's account, the latest first. */
	@Transactional(readOnly = true)
	public List<Appeal> ofApplicant(UUID account) {
		Specification<Appeal> own = (root, query, cb) -> cb.equal(root.get("applicantUserId"), account);
		return this.appeals.findAll(own, org.springframework.data.domain.Sort.by("receivedAt").descending());
	}

	/** The files of an appeal (metadata; the content is not loaded). */
	@Transactional(readOnly = true)
	public List<Attachment> files(UUID appealId) {
		return this.attachments.findByAppealId(appealId);
	}

	/**
	 * The not yet anonymised appeals that reached a final status (closed, returned, not
	 * considered, forwarded, terminated) before the given moment.
	 */
	@Transactional(readOnly = true)
	public List<UUID> closedBefore(Instant moment) {
		List<AppealStatus> finals = java.util.Arrays.stream(AppealStatus.values())
			.filter(AppealStatus::isFinal)
			.toList();
		Specification<Appeal> due = (root, query, cb) -> cb.and(root.get("status").in(finals),
				cb.lessThan(root.get("statusChangedAt"), moment), cb.isNull(root.get("anonymisedAt")));
		return this.appeals.findAll(due).stream().map(Appeal::id).toList();
	}

	/**
	 * Wipes one appeal's personal data now; does nothing when it is done already. Only
	 * the system acts here (the retention job): no person anonymises an appeal by hand.
	 */
	@Transactional
	public void anonymise(UUID id, Actor actor) {
		if (!(actor instanceof Actor.SystemActor)) {
			throw new IllegalArgumentException("Appeals are anonymised by the retention job, not by " + actor.name());
		}
		Appeal appeal = this.appeals.findById(id).orElseThrow(kz.otinish.shared.NotFound::appeal);
		if (appeal.anonymisedAt().isPresent()) {
			return;
		}
		appeal.anonymise(this.clock.instant());
		List<Attachment> files = this.attachments.findByAppealId(id);
		for (int i = 0; i < files.size(); i++) {
			files.get(i).wipe(i + 1);
		}
		this.attachments.saveAll(files);
		// staff's internal notes name people too
		this.jdbc.sql("delete from appeal_note where appeal_id = :id").param("id", id).update();
		// the names of the persons the appeal is about (conflict of interest); their
		// accounts stay linked so that the exclusion still holds
		this.jdbc.sql("update appeal_subject set full_name = :wiped where appeal_id = :id")
			.param("wiped", AppealParticulars.WIPED)
			.param("id", id)
			.update();
		this.appeals.save(appeal);
	}

}

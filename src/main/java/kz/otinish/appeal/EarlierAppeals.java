package kz.otinish.appeal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * TERM-6: finds earlier appeals of the same applicant on a similar matter (same school or
 * category, or a similar text), newest first, for the registrar and the dean to judge.
 */
@Component
class EarlierAppeals {

	private final Appeals appeals;

	EarlierAppeals(Appeals appeals) {
		this.appeals = appeals;
	}

	List<Appeal> possiblyRepeated(Appeal appeal) {
		Map<UUID, Appeal> candidates = new LinkedHashMap<>();
		if (appeal.applicantUserId() != null) {
			this.appeals.findTop50ByApplicantUserIdOrderByReceivedAtDesc(appeal.applicantUserId())
				.forEach(found -> candidates.put(found.id(), found));
		}
		String email = appeal.applicant().email();
		if (email != null && !email.isBlank()) {
			this.appeals.findTop50ByApplicantEmailIgnoreCaseOrderByReceivedAtDesc(email.strip())
				.forEach(found -> candidates.put(found.id(), found));
		}
		String name = appeal.applicant().fullName();
		if (name != null && !name.isBlank()) {
			this.appeals.findTop50ByApplicantFullNameIgnoreCaseOrderByReceivedAtDesc(name.strip())
				.forEach(found -> candidates.put(found.id(), found));
		}
		return candidates.values()
			.stream()
			.filter(found -> !found.id().equals(appeal.id()) && found.receivedAt().isBefore(appeal.receivedAt()))
			.filter(found -> SimilarMatter.between(appeal, found))
			.sorted(Comparator.comparing(Appeal::receivedAt).reversed())
			.limit(10)
			.toList();
	}

}

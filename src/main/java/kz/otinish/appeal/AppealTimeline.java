package kz.otinish.appeal;

import java.util.List;
import java.util.Set;

import kz.otinish.audit.AuditEntry;
import kz.otinish.audit.AuditTrail;
import kz.otinish.identity.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The appeal's history as its reader may see it. Staff who may see the appeal read every
 * step of the trail; an applicant reads only the steps that face them (received,
 * registered, routed, extended, decided, answered, closed, and what ended the
 * consideration), never the bodies' working steps (persons recorded as subjects, requests
 * for documents, arguments and findings, agendas, attendance, measures) nor the internal
 * notes of a step.
 */
@Component
public class AppealTimeline {

	/** The steps an applicant sees. */
	private static final Set<String> APPLICANT_FACING = Set.of("RECEIVE", "REGISTER", "START_TRIAGE",
			"RETURN_WITHOUT_CONSIDERATION", "DECLARE_NOT_CONSIDERED", "FORWARD_TO_STATE_BODY", "TERMINATE",
			"SEND_TO_REVIEW", "EXTEND", "EXTENSION_NOTICE", "DECIDE", "DELIVER", "CLOSE", "PUBLISH",
			"REFUSE_PUBLICATION", "COMPLAINT_FILED", "COMPLAINT_INACTION", "LINK_APPLICANT");

	/** Applicant-facing steps whose note names staff (the executor): shown without it. */
	private static final Set<String> NOTE_INTERNAL = Set.of("SEND_TO_REVIEW", "START_TRIAGE");

	private final AuditTrail audit;

	AppealTimeline(AuditTrail audit) {
		this.audit = audit;
	}

	/** The steps of this appeal for this reader, who may see the appeal. */
	public List<AuditEntry> of(Appeal appeal, CurrentUser reader) {
		List<AuditEntry> steps = this.audit.of(appeal.id());
		if (!reader.role().isApplicant()) {
			return steps;
		}
		return steps.stream()
			.filter(step -> APPLICANT_FACING.contains(step.action()))
			.map(step -> NOTE_INTERNAL.contains(step.action()) ? withoutNote(step) : step)
			.toList();
	}

	/** May an applicant see a step of this kind? */
	public static boolean applicantFacing(String action) {
		return APPLICANT_FACING.contains(action);
	}

	private static AuditEntry withoutNote(AuditEntry step) {
		return new AuditEntry(step.id(), step.subjectType(), step.subjectId(), step.at(), step.actor(),
				step.actorRole(), step.action(), step.statusBefore(), step.statusAfter(), null);
	}

}

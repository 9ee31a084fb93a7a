package kz.otinish.appeal;

import java.util.UUID;

import kz.otinish.shared.AuditedChange;

/**
 * A fact about one appeal, in the past tense, with ids and typed values. Each is recorded
 * by the audit trail under a stable action code ({@link #action()}); other modules listen
 * to the specific types.
 */
public sealed interface AppealEvent extends AuditedChange permits AppealReceived, AppealRegistered, AppealTriageStarted,
		AppealReturned, AppealNotConsidered, AppealForwarded, AppealTerminated, AppealRouted, AppealDecided,
		AppealDelivered, AppealClosed, ReviewPeriodExtended, ApplicantLinked, AppealMarkedRepeated, SubjectRecorded,
		TriageReassigned, AppealAnonymised, AppealReassigned, ApplicantIdentified {

	UUID appealId();

	@Override
	default String subjectType() {
		return "APPEAL";
	}

	@Override
	default UUID subjectId() {
		return appealId();
	}

}

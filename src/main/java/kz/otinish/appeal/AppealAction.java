package kz.otinish.appeal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static kz.otinish.appeal.AppealStatus.ANSWERED;
import static kz.otinish.appeal.AppealStatus.CLOSED;
import static kz.otinish.appeal.AppealStatus.DECIDED;
import static kz.otinish.appeal.AppealStatus.FORWARDED_TO_STATE_BODY;
import static kz.otinish.appeal.AppealStatus.IN_REVIEW;
import static kz.otinish.appeal.AppealStatus.IN_TRIAGE;
import static kz.otinish.appeal.AppealStatus.NOT_CONSIDERED;
import static kz.otinish.appeal.AppealStatus.RECEIVED;
import static kz.otinish.appeal.AppealStatus.REGISTERED;
import static kz.otinish.appeal.AppealStatus.RETURNED_WITHOUT_CONSIDERATION;
import static kz.otinish.appeal.AppealStatus.TERMINATED;

/**
 * The status machine of an appeal, as one table: each action, the statuses it may start
 * from, and the status it leads to. Nothing else changes an appeal's status.
 */
public enum AppealAction {

	// @formatter:off
	//                             from                               to
	REGISTER(                      EnumSet.of(RECEIVED),              REGISTERED),
	START_TRIAGE(                  EnumSet.of(REGISTERED),            IN_TRIAGE),
	RETURN_WITHOUT_CONSIDERATION(  EnumSet.of(REGISTERED, IN_TRIAGE), RETURNED_WITHOUT_CONSIDERATION),
	DECLARE_NOT_CONSIDERED(        EnumSet.of(IN_TRIAGE),             NOT_CONSIDERED),
	FORWARD_TO_STATE_BODY(         EnumSet.of(IN_TRIAGE),             FORWARDED_TO_STATE_BODY),
	TERMINATE(                     EnumSet.of(IN_TRIAGE),             TERMINATED),
	SEND_TO_REVIEW(                EnumSet.of(IN_TRIAGE),             IN_REVIEW),
	DECIDE(                        EnumSet.of(IN_REVIEW),             DECIDED),
	DELIVER(                       EnumSet.of(DECIDED),               ANSWERED),
	CLOSE(                         EnumSet.of(ANSWERED),              CLOSED);
	// @formatter:on

	private final Set<AppealStatus> from;

	private final AppealStatus to;

	AppealAction(Set<AppealStatus> from, AppealStatus to) {
		this.from = from;
		this.to = to;
	}

	public boolean allowedFrom(AppealStatus status) {
		return this.from.contains(status);
	}

	public AppealStatus to() {
		return this.to;
	}

	/** The actions that may leave a status (empty for a final status). */
	public static List<AppealAction> from(AppealStatus status) {
		return java.util.Arrays.stream(values()).filter(action -> action.allowedFrom(status)).toList();
	}

}

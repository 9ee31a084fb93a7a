package kz.otinish.answer;

import java.time.Instant;
import java.util.UUID;

import kz.otinish.shared.AppealFact;

/** The dean approved this version of the answer; the letters module issues it. */
public record AnswerApproved(UUID appealId, int revision, String status, Instant at) implements AppealFact<String> {

	@Override
	public String action() {
		return "ANSWER_APPROVED";
	}

	@Override
	public String detail() {
		return "#" + this.revision;
	}

}

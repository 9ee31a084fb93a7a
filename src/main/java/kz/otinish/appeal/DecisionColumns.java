package kz.otinish.appeal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * How an {@link AppealDecision} is kept in the appeal's row. Outcomes converted from
 * older records may lack the protocol.
 */
@Embeddable
class DecisionColumns {

	@Enumerated(EnumType.STRING)
	@Column(name = "decision_outcome")
	private Outcome outcome;

	@Column(name = "decision_body")
	private @Nullable String body;

	@Column(name = "decision_protocol_number")
	private @Nullable String protocolNumber;

	@Column(name = "decision_protocol_date")
	private @Nullable LocalDate protocolDate;

	@Column(name = "decision_meeting_id")
	private @Nullable UUID meetingId;

	protected DecisionColumns() {
	}

	DecisionColumns(AppealDecision decision) {
		this.outcome = decision.outcome();
		this.body = decision.body();
		this.protocolNumber = decision.protocolNumber();
		this.protocolDate = decision.protocolDate();
		this.meetingId = decision.meetingId();
	}

	Outcome outcome() {
		return this.outcome;
	}

	Optional<AppealDecision> decision() {
		if (this.protocolNumber == null || this.protocolDate == null) {
			return Optional.empty();
		}
		return Optional
			.of(new AppealDecision(this.outcome, this.body, this.protocolNumber, this.protocolDate, this.meetingId));
	}

}

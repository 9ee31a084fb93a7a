package kz.otinish.appeal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * INT-4: an anonymous report of a crime or a threat to state or public security, sent at
 * once to a competent state body: which body, when, under which outgoing number, with
 * which letter.
 */
@Embeddable
public class StateBodyForwarding {

	@Column(name = "forwarded_to")
	private String stateBody;

	@Column(name = "forwarded_at")
	private Instant sentAt;

	@Column(name = "forwarding_number")
	private String outgoingNumber;

	@Column(name = "covering_letter")
	private String coveringLetter;

	protected StateBodyForwarding() {
	}

	public StateBodyForwarding(String stateBody, Instant sentAt, String outgoingNumber, String coveringLetter) {
		this.stateBody = stateBody.strip();
		this.sentAt = sentAt;
		this.outgoingNumber = outgoingNumber.strip();
		this.coveringLetter = coveringLetter.strip();
	}

	public String stateBody() {
		return this.stateBody;
	}

	public Instant sentAt() {
		return this.sentAt;
	}

	public String outgoingNumber() {
		return this.outgoingNumber;
	}

	public String coveringLetter() {
		return this.coveringLetter;
	}

}

package kz.otinish.appeal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** TERM-7: the appeal's entry in a journal — number, journal, when and by whom. */
@Embeddable
public class Registration {

	private String formatted;

	@Column(name = "journal_code")
	private String journalCode;

	@Column(name = "registered_at")
	private Instant registeredAt;

	@Column(name = "registered_by")
	private String registeredBy;

	protected Registration() {
	}

	Registration(String formatted, String journalCode, Instant registeredAt, String registeredBy) {
		this.formatted = formatted;
		this.journalCode = journalCode;
		this.registeredAt = registeredAt;
		this.registeredBy = registeredBy;
	}

	public String number() {
		return this.formatted;
	}

	public String journalCode() {
		return this.journalCode;
	}

	public Instant registeredAt() {
		return this.registeredAt;
	}

	public String registeredBy() {
		return this.registeredBy;
	}

}

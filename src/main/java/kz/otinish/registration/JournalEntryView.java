package kz.otinish.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a journal (TERM-7): the registration number an appeal received, when it
 * arrived and was registered, by which channel, by whom, and its brief summary.
 */
public record JournalEntryView(UUID appealId, RegistrationNumber number, Instant receivedAt, Instant registeredAt,
		String channel, String registrar, String summary) {

	public String journalCode() {
		return this.number.journalCode();
	}

}

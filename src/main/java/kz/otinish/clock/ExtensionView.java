package kz.otinish.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One DL-2 extension of an appeal's review period, as recorded: who extended it, when,
 * from which due date to which, why, and by when the applicant had to be told
 * ({@code notifyBy}) and when they were ({@code noticeSentAt}, {@code null} until sent).
 * The letters module renders the extension notice from this.
 */
public record ExtensionView(UUID id, UUID appealId, Instant extendedAt, String extendedBy, String extendedByName,
		LocalDate previousDue, LocalDate newDue, String reason, LocalDate notifyBy, @Nullable Instant noticeSentAt) {

	public boolean noticeSent() {
		return this.noticeSentAt != null;
	}

	/**
	 * The notice was not sent by {@code notifyBy} (or is still unsent after it), seen on
	 * {@code today} in the university's zone.
	 */
	public boolean noticeLate(LocalDate today, java.time.ZoneId zone) {
		if (this.noticeSentAt == null) {
			return today.isAfter(this.notifyBy);
		}
		return LocalDate.ofInstant(this.noticeSentAt, zone).isAfter(this.notifyBy);
	}

}

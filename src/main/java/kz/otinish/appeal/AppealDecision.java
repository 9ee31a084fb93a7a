package kz.otinish.appeal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The protocol decision on an appeal (REV-8..REV-10) as data: its outcome, the body that
 * took it, the protocol's number and date, and the meeting that recorded it.
 *
 * @param body the collegial body's code, {@code null} for the extended commission
 */
public record AppealDecision(Outcome outcome, @Nullable String body, String protocolNumber, LocalDate protocolDate,
		@Nullable UUID meetingId) {

	public AppealDecision {
		if (protocolNumber.isBlank()) {
			throw new IllegalArgumentException("A decision needs its protocol number");
		}
	}

}

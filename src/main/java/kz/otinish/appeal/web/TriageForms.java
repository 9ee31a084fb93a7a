package kz.otinish.appeal.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import kz.otinish.appeal.RepeatGround;
import kz.otinish.appeal.StateBodyForwarding;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the dean's triage decisions on the appeal page. */
final class TriageForms {

	private TriageForms() {
	}

	/** An internal note for staff. */
	record Note(@NotBlank @Size(max = 4000) String text) {

		public String getText() {
			return this.text;
		}

	}

	/** DL-3: the dean's explanation goes to the applicant. */
	record Return(@NotBlank @Size(max = 4000) String explanation) {

		// getters let Thymeleaf's th:field read the record
		public String getExplanation() {
			return this.explanation;
		}

	}

	/** INT-4: why the anonymous appeal is not considered. */
	record NotConsidered(@NotBlank @Size(max = 4000) String reason) {

		public String getReason() {
			return this.reason;
		}

	}

	/** INT-4: the particulars of the letter to the state body. */
	record Forward(@NotBlank @Size(max = 300) String stateBody,
			@NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime sentAt,
			@NotBlank @Size(max = 60) String outgoingNumber, @NotBlank @Size(max = 20000) String coveringLetter) {

		static Forward startingAt(Clock clock) {
			return new Forward("", LocalDateTime.now(clock).withSecond(0).withNano(0), "", "");
		}

		public String getStateBody() {
			return this.stateBody;
		}

		public @Nullable LocalDateTime getSentAt() {
			return this.sentAt;
		}

		public String getOutgoingNumber() {
			return this.outgoingNumber;
		}

		public String getCoveringLetter() {
			return this.coveringLetter;
		}

		StateBodyForwarding toForwarding(ZoneId zone) {
			return new StateBodyForwarding(this.stateBody, this.sentAt.atZone(zone).toInstant(), this.outgoingNumber,
					this.coveringLetter);
		}

	}

	/** TERM-6: the earlier file and the ground. */
	record Repeated(@NotNull @Nullable UUID earlierId, @NotNull @Nullable RepeatGround ground) {

		public @Nullable UUID getEarlierId() {
			return this.earlierId;
		}

		public @Nullable RepeatGround getGround() {
			return this.ground;
		}

	}

}

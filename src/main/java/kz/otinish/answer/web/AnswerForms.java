package kz.otinish.answer.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import kz.otinish.answer.DeliveryMethod;
import kz.otinish.answer.DeliveryRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the answer pages; getters let Thymeleaf's th:field read the records. */
final class AnswerForms {

	private AnswerForms() {
	}

	/** The executor's draft answer. */
	record Draft(@NotBlank @Size(max = 100000) String text) {

		public String getText() {
			return this.text;
		}

	}

	/** The dean's reason for returning the draft. */
	record Rework(@NotBlank @Size(max = 4000) String reason) {

		public String getReason() {
			return this.reason;
		}

	}

	/**
	 * RES-1..RES-3: the delivery record; what a method needs is checked by the service.
	 */
	record Delivery(@NotNull @Nullable DeliveryMethod method,
			@NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deliveredOn,
			@Size(max = 300) @Nullable String handedOverBy, @Size(max = 300) @Nullable String signedBy,
			@Size(max = 1000) @Nullable String postAddress, @Size(max = 100) @Nullable String trackingNumber,
			@PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate phoneCallOn,
			@Size(max = 1000) @Nullable String phoneCallNote) {

		static Delivery startingOn(LocalDate today, @Nullable String address) {
			return new Delivery(null, today, null, null, address, null, null, null);
		}

		DeliveryRecord toRecord() {
			return new DeliveryRecord(this.method, this.deliveredOn, this.handedOverBy, this.signedBy, this.postAddress,
					this.trackingNumber, this.phoneCallOn, this.phoneCallNote);
		}

		public @Nullable DeliveryMethod getMethod() {
			return this.method;
		}

		public @Nullable LocalDate getDeliveredOn() {
			return this.deliveredOn;
		}

		public @Nullable String getHandedOverBy() {
			return this.handedOverBy;
		}

		public @Nullable String getSignedBy() {
			return this.signedBy;
		}

		public @Nullable String getPostAddress() {
			return this.postAddress;
		}

		public @Nullable String getTrackingNumber() {
			return this.trackingNumber;
		}

		public @Nullable LocalDate getPhoneCallOn() {
			return this.phoneCallOn;
		}

		public @Nullable String getPhoneCallNote() {
			return this.phoneCallNote;
		}

	}

	/** DL-4: the applicant's complaint, and why it is late when it is. */
	record Complaint(@NotBlank @Size(max = 20000) String text, @Size(max = 4000) @Nullable String lateReason) {

		public String getText() {
			return this.text;
		}

		public @Nullable String getLateReason() {
			return this.lateReason;
		}

	}

}

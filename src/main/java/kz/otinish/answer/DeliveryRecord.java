package kz.otinish.answer;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the person handing over the answer records (RES-1..RES-3): the method, the day,
 * and per method the signature (who handed it over, who signed for it) or the post
 * (address, tracking number); for a representative the phone call announcing the date.
 */
public record DeliveryRecord(DeliveryMethod method, LocalDate deliveredOn, @Nullable String handedOverBy,
		@Nullable String signedBy, @Nullable String postAddress, @Nullable String trackingNumber,
		@Nullable LocalDate phoneCallOn, @Nullable String phoneCallNote) {

	public DeliveryRecord {
		handedOverBy = blankToNull(handedOverBy);
		signedBy = blankToNull(signedBy);
		postAddress = blankToNull(postAddress);
		trackingNumber = blankToNull(trackingNumber);
		phoneCallNote = blankToNull(phoneCallNote);
	}

	public static DeliveryRecord inPerson(LocalDate on, String handedOverBy, String signedBy) {
		return new DeliveryRecord(DeliveryMethod.IN_PERSON, on, handedOverBy, signedBy, null, null, null, null);
	}

	public static DeliveryRecord byPost(LocalDate on, String address, String trackingNumber) {
		return new DeliveryRecord(DeliveryMethod.POST, on, null, null, address, trackingNumber, null, null);
	}

	/** RES-2: the same record with the phone call that announced the date. */
	public DeliveryRecord withPhoneCall(LocalDate on, String note) {
		return new DeliveryRecord(this.method, this.deliveredOn, this.handedOverBy, this.signedBy, this.postAddress,
				this.trackingNumber, on, note);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}

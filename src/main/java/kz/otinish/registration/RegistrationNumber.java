package kz.otinish.registration;

/**
 * A registration number: the journal, the year, the sequence within both, and the number
 * as printed (pattern {@code <journal code>-<year>-<sequence>} by default).
 */
public record RegistrationNumber(String journalCode, int year, long sequence, String formatted) {

	@Override
	public String toString() {
		return this.formatted;
	}

}
